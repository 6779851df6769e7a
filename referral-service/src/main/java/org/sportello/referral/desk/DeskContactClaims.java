package org.sportello.referral.desk;

import java.util.UUID;

/**
 * The contacts desk referrals have named, claimed once for ever in the sending command's own
 * transaction: a person oriented once is referred on once, even when two sends race.
 */
public interface DeskContactClaims {

    /** Claims {@code contactId} for {@code deskReferralId}; false when another referral claimed it already. */
    boolean claim(UUID contactId, DeskReferralId deskReferralId);
}
