package org.sportello.referral.referral;

import java.util.UUID;

/** The citizens' data keys, as the erasure of their referral details sees them. */
public interface ReferralDataKeys {

    /**
     * Shreds the citizen's key within the current transaction: from its commit their details read as
     * erased, and none can be added. Idempotent; leaves a tombstone for a citizen with no key yet.
     */
    void shredCitizen(UUID citizenId);
}
