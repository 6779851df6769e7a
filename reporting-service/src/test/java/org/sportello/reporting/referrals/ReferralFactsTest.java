package org.sportello.reporting.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sportello.contracts.referral.v1.ProviderRegistered;
import org.sportello.contracts.referral.v1.RejectionReason;
import org.sportello.contracts.referral.v1.ServiceType;
import org.sportello.platform.consuming.UnusableEvent;
import org.sportello.platform.json.ContractJson;
import org.sportello.reporting.referrals.ReferralFact.Fate;

class ReferralFactsTest {

    private static final UUID REFERRAL = UUID.fromString("3f6c2a8e-9b1d-4e7a-a5c4-2d8e1f0b7c93");
    // 23:30 UTC on 31 January is 00:30 on 1 February in Rome.
    private static final Instant FEBRUARY_IN_ROME = Instant.parse("2025-01-31T23:30:00Z");

    @Test
    void aReferralCountsInTheMonthItWasSentInRome() {
        ReferralFact fact = read(ReferralEvents.sent(REFERRAL, ServiceType.HOUSING, FEBRUARY_IN_ROME));

        assertThat(fact).isEqualTo(new ReferralFact.Sent(REFERRAL, "HOUSING", FEBRUARY_IN_ROME, YearMonth.of(2025, 2)));
    }

    @Test
    void anAcceptanceIsAnAnswerWithoutReasonARejectionOneWithItsReason() {
        assertThat(read(ReferralEvents.accepted(REFERRAL, FEBRUARY_IN_ROME)))
                .isEqualTo(new ReferralFact.Answered(REFERRAL, FEBRUARY_IN_ROME, null));
        assertThat(read(ReferralEvents.rejected(REFERRAL, RejectionReason.DUPLICATE, FEBRUARY_IN_ROME)))
                .isEqualTo(new ReferralFact.Answered(REFERRAL, FEBRUARY_IN_ROME, "DUPLICATE"));
    }

    @Test
    void completionWithdrawalsAndOverdueAreWhatBefellTheReferral() {
        assertThat(read(ReferralEvents.completed(REFERRAL, FEBRUARY_IN_ROME)))
                .isEqualTo(new ReferralFact.Befell(REFERRAL, Fate.COMPLETED));
        assertThat(read(ReferralEvents.withdrawn(REFERRAL, FEBRUARY_IN_ROME)))
                .isEqualTo(new ReferralFact.Befell(REFERRAL, Fate.WITHDRAWN));
        assertThat(read(ReferralEvents.consentWithdrawn(REFERRAL, FEBRUARY_IN_ROME)))
                .isEqualTo(new ReferralFact.Befell(REFERRAL, Fate.CONSENT_WITHDRAWN));
        assertThat(read(ReferralEvents.overdue(REFERRAL, FEBRUARY_IN_ROME)))
                .isEqualTo(new ReferralFact.Befell(REFERRAL, Fate.OVERDUE));
    }

    @Test
    void deskReferralsKeepTheirDistrictAndTheMonthTheyWereSent() {
        assertThat(read(ReferralEvents.deskSent(REFERRAL, "est-milano", FEBRUARY_IN_ROME)))
                .isEqualTo(new ReferralFact.DeskSent(REFERRAL, "est-milano", YearMonth.of(2025, 2)));
        assertThat(read(ReferralEvents.deskAcknowledged(REFERRAL, "est-milano", FEBRUARY_IN_ROME)))
                .isEqualTo(new ReferralFact.DeskAcknowledged(REFERRAL, "est-milano"));
    }

    @Test
    void theRegistryIsNotRead() {
        assertThat(ReferralFacts.TYPES).doesNotContain(ProviderRegistered.TYPE).hasSize(9);
        assertThatThrownBy(() -> ReferralFacts.read(ProviderRegistered.TYPE, "{}".getBytes()))
                .isInstanceOf(UnusableEvent.class);
    }

    @Test
    void aJsonNullIsUnusable() {
        assertThatThrownBy(() -> ReferralFacts.read(org.sportello.contracts.referral.v1.ReferralSent.TYPE,
                "null".getBytes())).isInstanceOf(UnusableEvent.class);
    }

    @Test
    void theReportsCodeListsAreTheContractsInItsOrder() {
        assertThat(ReferralFacts.SERVICE_TYPES).containsExactlyElementsOf(
                Arrays.stream(ServiceType.values()).map(Enum::name).toList());
        assertThat(ReferralsReport.SERVICE_TYPE_COUNT).isEqualTo(ServiceType.values().length);
        assertThat(ReferralFacts.REJECTION_REASONS).containsExactly("NOT_COMPETENT", "NO_CAPACITY", "NOT_ELIGIBLE",
                "DUPLICATE", "OTHER");
    }

    private static ReferralFact read(Object event) {
        return ReferralFacts.read(org.sportello.reporting.ReferralTopicProducer.typeOf(event), ContractJson.write(event));
    }
}
