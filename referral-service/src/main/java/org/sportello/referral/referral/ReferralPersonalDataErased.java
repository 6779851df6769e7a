package org.sportello.referral.referral;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.sportello.platform.personaldata.Erasure;
import org.sportello.platform.personaldata.ErasureGround;
import org.sportello.platform.personaldata.SubjectId;

/**
 * Internal: intake erased the citizen, so the referral's personal details (the witness's and the
 * guardian's names, the shared contact, the case summary) are erased too: the citizen's key is
 * shredded in the same transaction. The coded facts stay. Implements {@link Erasure}, so that the
 * platform's erasure log ({@code sportello.referral.erasures}) records it and shreds the key again
 * after a restore. Holds no personal data; never published (no contract carries those details).
 *
 * @param ground    {@link ErasureGround#LEGAL_OBLIGATION}: intake keeps the citizen's own ground (its
 *                  {@code CitizenErased} carries none, on purpose); here the erasure is the duty to carry
 *                  the owner's erasure to every copy (GDPR art. 17(2) and 19)
 * @param reference what the erasure follows, e.g. {@code intake CitizenErased 2026-…}
 * @param erasedBy  {@value #ERASED_BY}: no one here decided it
 */
public record ReferralPersonalDataErased(ReferralId referralId, UUID citizenId, ErasureGround ground,
                                         String reference, String erasedBy, Instant erasedAt) implements Erasure {

    public static final String ERASED_BY = "intake";

    @Override
    @JsonIgnore
    public SubjectId subject() {
        return ReferralId.subjectOf(citizenId);
    }
}
