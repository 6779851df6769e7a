package org.sportello.referral.desk;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import org.sportello.referral.known.Slug;
import org.sportello.referral.need.NeedCategory;
import org.sportello.referral.need.UserArea;

/** How a desk referral reads: its status for the desk that sent it, in full for the secretariat. */
public final class DeskReferralViews {

    private DeskReferralViews() {
    }

    /**
     * What the partner desk sees of its own referral: whether the secretariat has the person in hand,
     * and nothing of the need or of the office's work.
     */
    public record DeskReferralStatus(UUID deskReferralId, DeskReferralState state, Instant sentAt,
                                     Instant acknowledgedAt) {
    }

    public record ReasonView(UserArea userArea,
                             @ArraySchema(minItems = 1, maxItems = DeskReferralRequests.MAX_CATEGORIES, uniqueItems = true)
                             List<NeedCategory> categories) {
    }

    /** What the secretariat office it was sent to, and administrators, see. */
    public record DeskReferralView(UUID deskReferralId, DeskReferralState state, UUID contactId,
                                   @Schema(maxLength = Slug.MAX_LENGTH, pattern = Slug.PATTERN) String fromOfficeId,
                                   @Schema(maxLength = Slug.MAX_LENGTH, pattern = Slug.PATTERN) String toOfficeId,
                                   @Schema(maxLength = Slug.MAX_LENGTH, pattern = Slug.PATTERN) String districtId,
                                   ReasonView reason, Instant sentAt, Instant acknowledgedAt) {

        public DeskReferralStatus status() {
            return new DeskReferralStatus(deskReferralId, state, sentAt, acknowledgedAt);
        }
    }
}
