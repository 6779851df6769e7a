package org.sportello.referral.desk;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.sportello.referral.known.Slug;
import org.sportello.referral.need.NeedCategory;
import org.sportello.referral.need.UserArea;

/** The bodies of the desk's requests: shape and limits only; the rules are the sending's and the aggregate's. */
public final class DeskReferralRequests {

    /** As many as there are need categories. */
    public static final int MAX_CATEGORIES = 11;

    private DeskReferralRequests() {
    }

    public record SendDeskReferralRequest(
            @NotNull @Size(max = Slug.MAX_LENGTH) @Pattern(regexp = Slug.PATTERN) String fromOfficeId,
            @NotNull @Size(max = Slug.MAX_LENGTH) @Pattern(regexp = Slug.PATTERN) String toOfficeId,
            @NotNull UUID contactId,
            @NotNull @Valid ReasonRequest reason) {
    }

    public record ReasonRequest(@NotNull UserArea userArea,
                                @NotEmpty @Size(max = MAX_CATEGORIES) List<@NotNull NeedCategory> categories) {

        DeskReason reason() {
            return new DeskReason(userArea, List.copyOf(categories));
        }
    }

    /** An acknowledgement says nothing but that it happened; an empty object, or no body. */
    public record AcknowledgeRequest() {
    }
}
