package org.sportello.contracts.referral.v1;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.sportello.contracts.intake.v1.NeedCategory;
import org.sportello.contracts.intake.v1.UserArea;

/**
 * One event of each type, built in Java, for the approved snapshots. Fixed values only: a snapshot
 * must not change from one run to the next.
 */
final class ReferralV1Fixtures {

    static final UUID REFERRAL_ID = UUID.fromString("3f6c2a8e-9b1d-4e7a-a5c4-2d8e1f0b7c93");
    static final UUID CASE_ID = UUID.fromString("0b8f4e2c-6a1d-4c3b-9e7f-5d2a1c8b4e60");
    static final UUID CITIZEN_ID = UUID.fromString("28ebeea7-570a-4ab2-b5f1-39978c567825");
    static final UUID DESK_REFERRAL_ID = UUID.fromString("7d2e9c4a-1f3b-4a6e-8c5d-0b9a8f7e6d51");
    static final UUID CONTACT_ID = UUID.fromString("c41e7b20-58d9-4f3a-b6e2-9a0d1c2b3e4f");
    static final String PROVIDER = "caritas-cologno";
    static final String RECORDED_BY = "op-0173";
    // 31 January in UTC but already 1 February in Rome: a month boundary that readers of the
    // snapshots should see written as UTC, with the Z.
    static final Instant FEBRUARY_IN_ROME = Instant.parse("2025-01-31T23:30:00Z");
    // Sub-second precision pins how instants with a fraction are written.
    static final Instant ANSWERED = Instant.parse("2025-02-05T10:15:00.125Z");

    private ReferralV1Fixtures() {
    }

    static List<Record> oneOfEach() {
        return List.of(
                // Serves the whole district: no municipality listed.
                new ProviderRegistered(PROVIDER, "Caritas Cologno Monzese", ProviderKind.THIRD_SECTOR,
                        ServiceType.FOOD_AND_BASIC_NEEDS, "est-milano", List.of(), ContactChannel.PHONE, 5,
                        FEBRUARY_IN_ROME, null),
                new ReferralSent(REFERRAL_ID, CASE_ID, CITIZEN_ID, PROVIDER, ServiceType.FOOD_AND_BASIC_NEEDS,
                        "cologno-centro", UserArea.POVERTY_AND_ADULT_HARDSHIP,
                        List.of(NeedCategory.INCOME, NeedCategory.HOUSING),
                        new Consent(ConsentGivenBy.LEGAL_GUARDIAN, ConsentForm.SIGNED,
                                Instant.parse("2025-01-31T23:10:00Z"),
                                List.of(ShareScope.NEEDS, ShareScope.CASE_SUMMARY)),
                        FEBRUARY_IN_ROME, LocalDate.of(2025, 2, 7), RECORDED_BY),
                new ReferralAccepted(REFERRAL_ID, PROVIDER, AnswerSource.PHONE, ANSWERED, RECORDED_BY),
                new ReferralRejected(REFERRAL_ID, PROVIDER, RejectionReason.NOT_ELIGIBLE, AnswerSource.API, ANSWERED,
                        "prov-caritas-1"),
                new ReferralCompleted(REFERRAL_ID, PROVIDER, ReferralOutcome.CITIZEN_DID_NOT_GO, ANSWERED, RECORDED_BY),
                new ReferralWithdrawn(REFERRAL_ID, PROVIDER, WithdrawalReason.SENT_IN_ERROR, FEBRUARY_IN_ROME,
                        RECORDED_BY),
                new ReferralConsentWithdrawn(REFERRAL_ID, PROVIDER, FEBRUARY_IN_ROME, RECORDED_BY),
                // Found by the deadline check, a job of the service: no caller.
                new ReferralOverdue(REFERRAL_ID, PROVIDER, LocalDate.of(2025, 2, 7), Instant.parse("2025-02-07T23:01:00Z")),
                new DeskReferralSent(DESK_REFERRAL_ID, CONTACT_ID, "caritas-cologno", "cologno-centro", "est-milano",
                        UserArea.MULTI_AREA, List.of(NeedCategory.DIGITAL_ACCESS), FEBRUARY_IN_ROME, "desk-0042"),
                new DeskReferralAcknowledged(DESK_REFERRAL_ID, "cologno-centro", "est-milano", ANSWERED, null));
    }
}
