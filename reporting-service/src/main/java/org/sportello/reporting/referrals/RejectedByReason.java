package org.sportello.reporting.referrals;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A month's rejections by reason, named as the contracts' RejectionReason codes; each count is
 * withheld on its own (null, and named {@code rejectedByReason.<CODE>} in the row's
 * {@code suppressed}).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RejectedByReason(
        @JsonProperty("NOT_COMPETENT") @Schema(name = "NOT_COMPETENT", types = {"integer", "null"}, format = "int64",
                minimum = "0", maximum = ReferralsReport.LARGEST_COUNT) Long notCompetent,
        @JsonProperty("NO_CAPACITY") @Schema(name = "NO_CAPACITY", types = {"integer", "null"}, format = "int64",
                minimum = "0", maximum = ReferralsReport.LARGEST_COUNT) Long noCapacity,
        @JsonProperty("NOT_ELIGIBLE") @Schema(name = "NOT_ELIGIBLE", types = {"integer", "null"}, format = "int64",
                minimum = "0", maximum = ReferralsReport.LARGEST_COUNT) Long notEligible,
        @JsonProperty("DUPLICATE") @Schema(name = "DUPLICATE", types = {"integer", "null"}, format = "int64",
                minimum = "0", maximum = ReferralsReport.LARGEST_COUNT) Long duplicate,
        @JsonProperty("OTHER") @Schema(name = "OTHER", types = {"integer", "null"}, format = "int64",
                minimum = "0", maximum = ReferralsReport.LARGEST_COUNT) Long other) {

    /** The name a withheld count of {@code reason} has in {@code suppressed}. */
    static String suppressedName(String reason) {
        return ReferralsReport.REJECTED_BY_REASON + "." + reason;
    }

    /** From the counts in the order of {@link ReferralFacts#REJECTION_REASONS}. */
    static RejectedByReason of(List<Long> counts) {
        return new RejectedByReason(counts.get(0), counts.get(1), counts.get(2), counts.get(3), counts.get(4));
    }

    /** In the order of {@link ReferralFacts#REJECTION_REASONS}. */
    List<Long> counts() {
        return java.util.Arrays.asList(notCompetent, noCapacity, notEligible, duplicate, other);
    }
}
