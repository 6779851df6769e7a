package org.sportello.referral.referral;

import java.util.UUID;

import org.sportello.platform.personaldata.SubjectId;

/** A referral: random, drawn by the controller, never by the aggregate. */
public record ReferralId(UUID value) {

    public static ReferralId random() {
        return new ReferralId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }

    /**
     * The data key a referral's personal details are sealed under: the citizen's own, not the
     * referral's, so that intake's erasure of the citizen erases them with everything else.
     */
    static SubjectId subjectOf(UUID citizenId) {
        return SubjectId.of(citizenId);
    }
}
