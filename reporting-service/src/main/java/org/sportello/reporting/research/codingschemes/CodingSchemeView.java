package org.sportello.reporting.research.codingschemes;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/** A coding scheme as the API shows it. */
public record CodingSchemeView(
        @Schema(description = "The version every figure computed under it names", maxLength = 32,
                pattern = NewCodingScheme.VERSION_PATTERN) String version,
        @ArraySchema(arraySchema = @Schema(description = "Outcome codes that count as care"), maxItems = 11,
                schema = @Schema(allowableValues = {"INFORMATION_GIVEN", "ORIENTATION", "SHORT_SUPPORT_PATH", "APPOINTMENT_PROPOSED", "REFERRAL",
                        "ECONOMIC_SUPPORT_REQUESTED", "DOCUMENTS_REQUESTED", "ELIGIBILITY_CHECK", "NOT_ELIGIBLE",
                        "TAKEN_IN_CHARGE", "NO_FURTHER_ACTION"})) List<String> care,
        @ArraySchema(arraySchema = @Schema(description = "Outcome codes that count as control (a contact with care"
                + " too is care)"), maxItems = 11,
                schema = @Schema(allowableValues = {"INFORMATION_GIVEN", "ORIENTATION", "SHORT_SUPPORT_PATH", "APPOINTMENT_PROPOSED", "REFERRAL",
                        "ECONOMIC_SUPPORT_REQUESTED", "DOCUMENTS_REQUESTED", "ELIGIBILITY_CHECK", "NOT_ELIGIBLE",
                        "TAKEN_IN_CHARGE", "NO_FURTHER_ACTION"})) List<String> control,
        @Schema(description = "How long a first access lasts at most, an ISO-8601 period in days", example = "P90D",
                maxLength = 16, pattern = "^P[0-9]{1,3}D$") String window,
        @Schema(description = "Why these codes and this window", maxLength = NewCodingScheme.MAX_REASONS,
                pattern = NewCodingScheme.REASONS_PATTERN) String reasons,
        Instant createdAt,
        @Schema(description = "The administrator who wrote it (the token's sub); null for the default",
                types = {"string", "null"}, maxLength = 128, pattern = "^[A-Za-z0-9._@:-]+$") String createdBy,
        @Schema(description = "COMPUTING while its episodes are computed from the stored facts, READY once they are",
                allowableValues = {"COMPUTING", "READY"}) String state,
        @Schema(description = "When it became READY; null while COMPUTING") Instant readyAt) {

    static CodingSchemeView of(CodingScheme scheme) {
        return new CodingSchemeView(scheme.version(), scheme.care(), scheme.control(), scheme.window().toString(),
                scheme.reasons(), scheme.createdAt(), scheme.createdBy(), scheme.state().name(), scheme.readyAt());
    }

    /** Every scheme, oldest first. */
    public record Schemes(@ArraySchema(maxItems = CodingSchemes.MAX_SCHEMES) List<CodingSchemeView> schemes) {
    }
}
