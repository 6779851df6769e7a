package org.sportello.referral.desk;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** Claimed contacts for fixture tests, where there is no database. */
class InMemoryDeskContactClaims implements DeskContactClaims {

    private final Set<UUID> claimed = new HashSet<>();

    @Override
    public boolean claim(UUID contactId, DeskReferralId deskReferralId) {
        return claimed.add(contactId);
    }
}
