package org.sportello.reporting.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sportello.reporting.referrals.ReferralActivity.DeskFate;
import org.sportello.reporting.referrals.ReferralActivity.Fate;

class ReferralActivityTest {

    private static final UUID REFERRAL = UUID.randomUUID();
    private static final Instant SENT = Instant.parse("2025-03-03T10:00:00Z");
    private static final ReferralFact.Sent SENT_IN_MARCH = new ReferralFact.Sent(REFERRAL, "HOUSING", SENT,
            YearMonth.of(2025, 3));

    @Test
    void aReferralsEventsMergeIntoOneFate() {
        ReferralActivity activity = ReferralActivity.of(List.of(SENT_IN_MARCH,
                new ReferralFact.Befell(REFERRAL, ReferralFact.Fate.OVERDUE),
                new ReferralFact.Answered(REFERRAL, SENT.plusSeconds(86_400 * 20), null),
                new ReferralFact.Befell(REFERRAL, ReferralFact.Fate.COMPLETED)));

        assertThat(activity.referrals()).containsOnlyKeys(REFERRAL);
        assertThat(activity.referrals().get(REFERRAL)).isEqualTo(new Fate("HOUSING", "2025-03", SENT,
                SENT.plusSeconds(86_400 * 20), null, null, true, false, false, true));
        assertThat(activity.serviceTypes()).containsEntry("HOUSING", "2025-03");
    }

    @Test
    void theFateIsTheSameWhateverTheOrderOfTheEvents() {
        List<ReferralFact> facts = new ArrayList<>(List.of(SENT_IN_MARCH,
                new ReferralFact.Answered(REFERRAL, SENT.plusSeconds(7_200), "NO_CAPACITY"),
                new ReferralFact.Answered(REFERRAL, SENT.plusSeconds(3_600), "NOT_ELIGIBLE"),
                new ReferralFact.Befell(REFERRAL, ReferralFact.Fate.WITHDRAWN),
                // The same sending told again, later: the earlier stands.
                new ReferralFact.Sent(REFERRAL, "OTHER", SENT.plusSeconds(60), YearMonth.of(2025, 3))));
        Fate inOrder = ReferralActivity.of(facts).referrals().get(REFERRAL);
        Collections.reverse(facts);

        Fate reversed = ReferralActivity.of(facts).referrals().get(REFERRAL);

        assertThat(reversed).isEqualTo(inOrder).isEqualTo(new Fate("HOUSING", "2025-03", SENT, null,
                SENT.plusSeconds(3_600), "NOT_ELIGIBLE", false, true, false, false));
    }

    @Test
    void anAnswerBeforeItsSendingWaitsWithNoMonth() {
        Fate fate = ReferralActivity.of(List.of(new ReferralFact.Answered(REFERRAL, SENT, null)))
                .referrals().get(REFERRAL);

        assertThat(fate.month()).isNull();
        assertThat(fate.acceptedAt()).isEqualTo(SENT);
    }

    @Test
    void aDeskReferralTakesItsMonthFromItsSendingAndStaysAcknowledged() {
        UUID desk = UUID.randomUUID();

        ReferralActivity activity = ReferralActivity.of(List.of(new ReferralFact.DeskAcknowledged(desk, "est-milano"),
                new ReferralFact.DeskSent(desk, "est-milano", YearMonth.of(2025, 2))));

        assertThat(activity.deskReferrals().get(desk)).isEqualTo(new DeskFate("est-milano", "2025-02", true));
        assertThat(activity.districts()).containsEntry("est-milano", "2025-02");
    }
}
