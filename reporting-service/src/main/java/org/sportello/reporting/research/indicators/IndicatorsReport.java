package org.sportello.reporting.research.indicators;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import org.sportello.platform.problem.Problems;

/**
 * Care-versus-control indicators per month and unit, as researchers see them.
 *
 * @param scheme    the coding scheme's version the figures were computed under
 * @param threshold the suppression threshold: counts from 1 to {@code threshold - 1} are withheld
 * @param rows      one per month and unit, by month, then unit id
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record IndicatorsReport(
        @Schema(maxLength = 32, pattern = SCHEME_PATTERN) String scheme,
        @Schema(minimum = "1", maximum = "2147483647") int threshold,
        @Schema(allowableValues = {"office", "municipality", "district"}) String groupBy,
        @Schema(minLength = 7, maxLength = 7, pattern = MONTH_PATTERN) String from,
        @Schema(minLength = 7, maxLength = 7, pattern = MONTH_PATTERN) String to,
        @ArraySchema(maxItems = IndicatorsReport.MAX_ROWS) List<Row> rows) {

    /** A hundred offices over ten years: the most rows one answer carries. */
    public static final int MAX_ROWS = 12_000;

    static final String MONTH_PATTERN = "^[0-9]{4}-(0[1-9]|1[0-2])$";
    static final String SCHEME_PATTERN = "^[A-Za-z0-9._-]+$";
    static final String UNIT_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    static final String LARGEST_COUNT = "9223372036854775807";
    /** Ten thousand years, in days: more than any wait between the years 0001 and 9999. */
    static final String LONGEST_DAYS = "3660000";

    static final String EPISODES = "episodes";
    static final String DAYS_TO_CARE_MEDIAN = "daysToCareMedian";
    static final String DAYS_TO_CARE_P90 = "daysToCareP90";

    /**
     * One unit in one month (or, in a comparison's period, over the whole period). A withheld value
     * is null, written out rather than left out, and named in {@code suppressed}; a share of nothing
     * (no episode, no contact) is null and not named.
     *
     * @param month                  YYYY-MM; null in a comparison's period row
     * @param unit                   the office's, municipality's or district's id
     * @param unitName               its name
     * @param episodes               first accesses opened in the month at the unit
     * @param careFirstShare         of them, the share whose first contact had a care outcome
     * @param controlBeforeCareShare of them, the share with a control contact before any care outcome
     * @param dropOffShare           of the ended ones, the share that ended with nothing beyond information
     * @param daysToCareMedian       median calendar days from the first contact to the first care outcome
     * @param daysToCareP90          its 90th percentile
     * @param jointInterviewShare    of all contacts in the month at the unit, the share with a social
     *                               worker and an educator together
     * @param decentralisedShare     of the episodes, the share opened at offices other than the
     *                               municipality's central office
     * @param suppressed             the names of the values withheld, in the order of the fields
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "IndicatorsRow")
    public record Row(
            @Schema(types = {"string", "null"}, minLength = 7, maxLength = 7, pattern = MONTH_PATTERN) String month,
            @Schema(maxLength = 64, pattern = UNIT_PATTERN) String unit,
            @Schema(maxLength = 200, pattern = Problems.NO_CONTROL_CHARACTERS) String unitName,
            @Schema(types = {"integer", "null"}, format = "int64", minimum = "0", maximum = LARGEST_COUNT) Long episodes,
            @Schema(types = {"number", "null"}, minimum = "0", maximum = "1") BigDecimal careFirstShare,
            @Schema(types = {"number", "null"}, minimum = "0", maximum = "1") BigDecimal controlBeforeCareShare,
            @Schema(types = {"number", "null"}, minimum = "0", maximum = "1") BigDecimal dropOffShare,
            @Schema(types = {"number", "null"}, minimum = "0", maximum = LONGEST_DAYS) BigDecimal daysToCareMedian,
            @Schema(types = {"number", "null"}, minimum = "0", maximum = LONGEST_DAYS) BigDecimal daysToCareP90,
            @Schema(types = {"number", "null"}, minimum = "0", maximum = "1") BigDecimal jointInterviewShare,
            @Schema(types = {"number", "null"}, minimum = "0", maximum = "1") BigDecimal decentralisedShare,
            @ArraySchema(maxItems = 8, uniqueItems = true, schema = @Schema(allowableValues = {EPISODES,
                    "careFirstShare", "controlBeforeCareShare", "dropOffShare", DAYS_TO_CARE_MEDIAN, DAYS_TO_CARE_P90,
                    "jointInterviewShare", "decentralisedShare"}))
            List<String> suppressed) {
    }
}
