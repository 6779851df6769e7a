package org.sportello.contracts.referral.v1;

import java.util.List;
import java.util.Set;
import org.sportello.contracts.ContractVersion;

/** The published referral v1 contract as its tests see it. */
final class ReferralV1Contracts {

    /**
     * Every event referral publishes in version 1; a new event is added here with its schema and
     * example. Nothing was added after the first release, so every property is required.
     */
    static final ContractVersion V1 = new ContractVersion("referral", 1, List.of(
            ProviderRegistered.class, ReferralSent.class, ReferralAccepted.class, ReferralRejected.class,
            ReferralCompleted.class, ReferralWithdrawn.class, ReferralConsentWithdrawn.class,
            ReferralOverdue.class, DeskReferralSent.class, DeskReferralAcknowledged.class),
            Set.of(), "approved/referral/");

    private ReferralV1Contracts() {
    }
}
