package org.sportello.referral.provider;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.sportello.referral.known.Slug;
import org.sportello.platform.problem.Problems;

/** The body of a registration: shape and limits only; the rules are the registration's and the aggregate's. */
public final class ProviderRequests {

    /** A name is one line: no tab, line break or other control character. */
    public static final String ONE_LINE = Problems.NO_CONTROL_CHARACTERS;
    public static final String ONE_LINE_MESSAGE = "must be one line, without tabs or control characters";
    public static final int MAX_NAME = 200;
    /** More municipalities than any district has (Italy's largest ambiti have a few dozen). */
    public static final int MAX_MUNICIPALITIES = 100;

    private ProviderRequests() {
    }

    /**
     * @param municipalityIds             optional; empty or left out: the whole district
     * @param responseDeadlineWorkingDays optional; left out: the default of {@code serviceType}
     */
    public record RegisterProviderRequest(
            @NotNull @Size(max = Slug.MAX_LENGTH) @Pattern(regexp = Slug.PATTERN) String providerId,
            @NotBlank @Size(max = MAX_NAME) @Pattern(regexp = ONE_LINE, message = ONE_LINE_MESSAGE) String name,
            @NotNull ProviderKind kind,
            @NotNull ServiceType serviceType,
            @NotNull @Size(max = Slug.MAX_LENGTH) @Pattern(regexp = Slug.PATTERN) String districtId,
            @Size(max = MAX_MUNICIPALITIES) List<@NotNull @Size(max = Slug.MAX_LENGTH) @Pattern(regexp = Slug.PATTERN) String> municipalityIds,
            @NotNull ContactChannel contactChannel,
            @Min(Provider.MIN_DEADLINE) @Max(Provider.MAX_DEADLINE) Integer responseDeadlineWorkingDays) {
    }
}
