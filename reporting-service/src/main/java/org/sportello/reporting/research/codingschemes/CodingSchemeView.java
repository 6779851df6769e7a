package org.sportello.reporting.research.codingschemes;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A coding scheme as the API shows it. */
public record CodingSchemeView(
        @Schema(description = "The version every figure computed under it names") String version,
        @Schema(description = "Outcome codes that count as care") List<String> care,
        @Schema(description = "Outcome codes that count as control (a contact with care too is care)") List<String> control,
        @Schema(description = "How long a first access lasts at most, an ISO-8601 period", example = "P90D") String window,
        @Schema(description = "Why these codes and this window") String reasons,
        Instant createdAt,
        @Schema(description = "The administrator who wrote it (the token's sub); null for the default") String createdBy,
        @Schema(description = "COMPUTING while its episodes are computed from the stored facts, READY once they are",
                allowableValues = {"COMPUTING", "READY"}) String state,
        @Schema(description = "When it became READY; null while COMPUTING") Instant readyAt) {

    static CodingSchemeView of(CodingScheme scheme) {
        return new CodingSchemeView(scheme.version(), scheme.care(), scheme.control(), scheme.window().toString(),
                scheme.reasons(), scheme.createdAt(), scheme.createdBy(), scheme.state().name(), scheme.readyAt());
    }

    /** Every scheme, oldest first. */
    public record Schemes(List<CodingSchemeView> schemes) {
    }
}
