package org.sportello.reporting.research.codingschemes;

import java.time.Instant;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.sportello.contracts.intake.v1.ContactOutcome;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of {@code PUT /api/research/coding-schemes/{version}}. Checked whole here, before
 * anything is written, so that a rejected request writes nothing.
 */
public record NewCodingScheme(
        @ArraySchema(arraySchema = @Schema(description = "Outcome codes that count as care; at least one"),
                minItems = 1, maxItems = 11, schema = @Schema(allowableValues = {"INFORMATION_GIVEN", "ORIENTATION", "SHORT_SUPPORT_PATH", "APPOINTMENT_PROPOSED", "REFERRAL",
                        "ECONOMIC_SUPPORT_REQUESTED", "DOCUMENTS_REQUESTED", "ELIGIBILITY_CHECK", "NOT_ELIGIBLE",
                        "TAKEN_IN_CHARGE", "NO_FURTHER_ACTION"})) List<String> care,
        @ArraySchema(arraySchema = @Schema(description = "Outcome codes that count as control; none also care"),
                maxItems = 11, schema = @Schema(allowableValues = {"INFORMATION_GIVEN", "ORIENTATION", "SHORT_SUPPORT_PATH", "APPOINTMENT_PROPOSED", "REFERRAL",
                        "ECONOMIC_SUPPORT_REQUESTED", "DOCUMENTS_REQUESTED", "ELIGIBILITY_CHECK", "NOT_ELIGIBLE",
                        "TAKEN_IN_CHARGE", "NO_FURTHER_ACTION"})) List<String> control,
        @Schema(description = "How long a first access lasts at most: an ISO-8601 period of 1 to 365 days, e.g. P90D",
                example = "P90D", maxLength = 16, pattern = WINDOW_PATTERN) String window,
        @Schema(description = "Why these codes and this window: researchers read it beside every figure",
                maxLength = NewCodingScheme.MAX_REASONS, pattern = REASONS_PATTERN) String reasons) {

    static final String WINDOW_PATTERN = "^P([0-9]{1,3}W)?([0-9]{1,3}D)?$";
    /** Not blank. */
    static final String REASONS_PATTERN = "\\S";

    public static final String VERSION_PATTERN = "^[a-z0-9]([a-z0-9-]{0,30}[a-z0-9])?$";
    public static final int MAX_REASONS = 4000;
    static final int MAX_WINDOW_DAYS = 365;

    /** The outcome codes intake publishes: a scheme may code only those. */
    static final List<String> OUTCOMES = Arrays.stream(ContactOutcome.values()).map(Enum::name).toList();

    private static final Pattern VERSION = Pattern.compile(VERSION_PATTERN);

    /** The scheme as it will be stored, COMPUTING, or the first field at fault. */
    CodingScheme validate(String version, Instant now, String createdBy) {
        if (version == null || !VERSION.matcher(version).matches()) {
            throw new InvalidCodingScheme("version", "must be 1 to 32 lower-case letters, digits and inner hyphens,"
                    + " e.g. v2 or v2-messina");
        }
        List<String> careCodes = codes("care", care);
        if (careCodes.isEmpty()) {
            throw new InvalidCodingScheme("care", "must name at least one outcome code: with no care outcome every"
                    + " care indicator would be zero");
        }
        List<String> controlCodes = codes("control", control);
        for (String code : controlCodes) {
            if (careCodes.contains(code)) {
                throw new InvalidCodingScheme("control", code + " is also in care: a code is care or control, not both");
            }
        }
        Period period = window(window);
        if (reasons == null || reasons.isBlank()) {
            throw new InvalidCodingScheme("reasons", "must say why these codes and this window");
        }
        if (reasons.length() > MAX_REASONS) {
            throw new InvalidCodingScheme("reasons", "must be at most " + MAX_REASONS + " characters");
        }
        return new CodingScheme(version, careCodes, controlCodes, period, reasons.strip(), now, createdBy,
                CodingScheme.State.COMPUTING, null);
    }

    private static List<String> codes(String field, List<String> codes) {
        Set<String> unique = new LinkedHashSet<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            if (code == null || !OUTCOMES.contains(code)) {
                throw new InvalidCodingScheme(field, "'" + code + "' is not an outcome code; the codes are "
                        + String.join(", ", OUTCOMES));
            }
            unique.add(code);
        }
        return new ArrayList<>(unique);
    }

    private static Period window(String window) {
        String reason = "must be an ISO-8601 period of 1 to " + MAX_WINDOW_DAYS + " days, e.g. P90D or P12W";
        if (window == null) {
            throw new InvalidCodingScheme("window", reason);
        }
        Period period;
        try {
            period = Period.parse(window);
        } catch (DateTimeParseException e) {
            throw new InvalidCodingScheme("window", reason);
        }
        // Months and years have no fixed length in days: the same scheme would not give the same
        // window to every episode.
        if (period.getYears() != 0 || period.getMonths() != 0 || period.getDays() < 1
                || period.getDays() > MAX_WINDOW_DAYS) {
            throw new InvalidCodingScheme("window", reason);
        }
        return period;
    }
}
