package org.sportello.referral.provider;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import org.sportello.referral.known.Slug;

/** A provider as anyone signed in reads it. {@code municipalityIds} empty: it serves its whole district. */
public record ProviderView(
        @Schema(maxLength = Slug.MAX_LENGTH, pattern = Slug.PATTERN) String providerId,
        @Schema(maxLength = ProviderRequests.MAX_NAME, pattern = ProviderRequests.ONE_LINE) String name,
        ProviderKind kind,
        ServiceType serviceType,
        @Schema(maxLength = Slug.MAX_LENGTH, pattern = Slug.PATTERN) String districtId,
        @ArraySchema(maxItems = ProviderRequests.MAX_MUNICIPALITIES,
                schema = @Schema(maxLength = Slug.MAX_LENGTH, pattern = Slug.PATTERN)) List<String> municipalityIds,
        ContactChannel contactChannel,
        @Schema(minimum = "" + Provider.MIN_DEADLINE, maximum = "" + Provider.MAX_DEADLINE) int responseDeadlineWorkingDays,
        Instant registeredAt) {

    /** As a referral needs it. */
    RegisteredProvider registered() {
        return new RegisteredProvider(providerId, name, serviceType, districtId, municipalityIds, contactChannel,
                responseDeadlineWorkingDays);
    }
}
