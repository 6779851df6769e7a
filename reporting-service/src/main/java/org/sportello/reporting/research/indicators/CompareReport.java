package org.sportello.reporting.research.indicators;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import org.sportello.platform.problem.Problems;

import org.sportello.reporting.research.MonthRange;

/**
 * Two municipalities side by side: the same indicators, computed and withheld the same way as
 * {@code /api/research/indicators?groupBy=municipality}, month by month and over the whole period.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CompareReport(
        @Schema(maxLength = 32, pattern = IndicatorsReport.SCHEME_PATTERN) String scheme,
        @Schema(minimum = "1", maximum = "2147483647") int threshold,
        @Schema(minLength = 7, maxLength = 7, pattern = IndicatorsReport.MONTH_PATTERN) String from,
        @Schema(minLength = 7, maxLength = 7, pattern = IndicatorsReport.MONTH_PATTERN) String to,
        @ArraySchema(minItems = 2, maxItems = 2) List<Municipality> municipalities) {

    /**
     * @param period the indicators over the whole period (month null): a count is shown only when
     *               it is shown in every month, so that it adds nothing to what the months publish
     * @param rows   one per month of the period
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "ComparedMunicipality")
    public record Municipality(
            @Schema(maxLength = 64, pattern = IndicatorsReport.UNIT_PATTERN) String unit,
            @Schema(maxLength = 200, pattern = Problems.NO_CONTROL_CHARACTERS) String unitName,
            IndicatorsReport.Row period,
            @ArraySchema(maxItems = MonthRange.MAX_MONTHS) List<IndicatorsReport.Row> rows) {
    }
}
