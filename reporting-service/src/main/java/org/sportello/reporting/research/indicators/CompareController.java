package org.sportello.reporting.research.indicators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.sportello.reporting.research.CsvReport;
import org.sportello.reporting.research.MonthRange;
import org.sportello.reporting.research.codingschemes.CodingScheme;
import org.sportello.reporting.research.codingschemes.CodingSchemes;
import org.sportello.reporting.research.indicators.IndicatorTables.Filters;
import org.sportello.reporting.research.indicators.Registry.Unit;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/research/compare")
public class CompareController {

    private final Indicators indicators;
    private final CodingSchemes schemes;

    CompareController(Indicators indicators, CodingSchemes schemes) {
        this.indicators = indicators;
        this.schemes = schemes;
    }

    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, CsvReport.TEXT_CSV_VALUE})
    @Operation(summary = "Two municipalities' care-versus-control indicators side by side",
            description = """
                    The indicators of /api/research/indicators?groupBy=municipality for exactly two municipalities \
                    (municipalities=monza,messina, in that order in the answer), each with a row per month and a \
                    period row over the whole range (month null). The monthly rows are withheld exactly as the \
                    indicators withhold them. A period count is the sum of the months' published counts, and is \
                    withheld when any month withholds it, so a period shows nothing the months do not; a period \
                    share is withheld also when its numerator, denominator or complement is from 1 to threshold-1; \
                    the period's median and P90 are over all its episodes that reached care. With Accept: text/csv, \
                    one line per municipality and month, then the municipality's period line with month "all" \
                    (month,unit,unitName,episodes,careFirstShare,controlBeforeCareShare,dropOffShare,daysToCareMedian,\
                    daysToCareP90,jointInterviewShare,decentralisedShare,suppressed).""")
    @ApiResponse(responseCode = "200", description = "The comparison")
    @ApiResponse(responseCode = "404", description = "No coding scheme has that version (unknown-coding-scheme), "
            + "or no registered office is in one of the municipalities (unknown-unit)")
    @ApiResponse(responseCode = "409", description = "The coding scheme's episodes are still being computed "
            + "(coding-scheme-not-ready)")
    @ApiResponse(responseCode = "422", description = "municipalities does not name exactly two different "
            + "municipalities (invalid-comparison)")
    public CompareReport compare(
            @Parameter(description = "Two different municipalities' ids, separated by a comma", schema = @Schema(
                    type = "string", maxLength = 129, pattern = "^[a-z0-9-]+(,[a-z0-9-]+)*$"))
            @RequestParam String municipalities,
            @Parameter(description = "First month, YYYY-MM, included", schema = @Schema(type = "string",
                    minLength = 7, maxLength = 7, pattern = IndicatorsReport.MONTH_PATTERN))
            @RequestParam String from,
            @Parameter(description = "Last month, YYYY-MM, included; at most " + MonthRange.MAX_MONTHS
                    + " months from the first", schema = @Schema(type = "string",
                    minLength = 7, maxLength = 7, pattern = IndicatorsReport.MONTH_PATTERN))
            @RequestParam String to,
            @Parameter(description = "Only episodes whose first contact came by this channel, and contacts by it",
                    schema = @Schema(type = "string", maxLength = 16, allowableValues = {"WALK_IN", "PHONE", "EMAIL",
                            "APPOINTMENT", "PARTNER_DESK"}))
            @RequestParam(required = false) String channel,
            @Parameter(description = "Only episodes and contacts with this user area", schema = @Schema(
                    type = "string", maxLength = 32, allowableValues = {"FAMILY_AND_MINORS", "DISABILITY",
                    "ADDICTIONS", "ELDERLY", "IMMIGRANTS", "POVERTY_AND_ADULT_HARDSHIP", "MULTI_AREA"}))
            @RequestParam(required = false) String userArea,
            @Parameter(description = "The coding scheme's version; the default scheme (v1 unless set otherwise) when absent",
                    schema = @Schema(type = "string", maxLength = 32, pattern = "^[A-Za-z0-9._-]+$"))
            @RequestParam(required = false) String scheme) {
        List<String> ids = two(municipalities);
        MonthRange range = MonthRange.parse(from, to);
        Filters filters = new Filters(Codes.channel(channel), Codes.userArea(userArea));
        CodingScheme coding = schemes.forQuery("scheme", scheme);
        Indicators.Computed computed = indicators.published(coding.version(), range, filters);
        Registry registry = computed.registry();
        for (String id : ids) {
            if (!registry.hasOffice(office -> id.equals(office.municipalityId()))) {
                throw new UnknownUnit("municipalities", "in municipality", id);
            }
        }
        Map<String, Map<Unit, Published>> published = computed.months();
        List<CompareReport.Municipality> compared = new ArrayList<>();
        for (String id : ids) {
            Unit unit = registry.units(GroupBy.MUNICIPALITY, office -> id.equals(office.municipalityId())).keySet()
                    .iterator().next();
            List<Published> months = published.values().stream().map(units -> units.get(unit)).toList();
            compared.add(new CompareReport.Municipality(unit.id(), unit.name(),
                    Published.period(unit, months, indicators.thresholdRule()).row(),
                    months.stream().map(Published::row).toList()));
        }
        return new CompareReport(coding.version(), indicators.threshold(), range.from().toString(),
                range.to().toString(), compared);
    }

    private static List<String> two(String municipalities) {
        List<String> ids = Arrays.stream(municipalities.split(",", -1)).map(String::strip).toList();
        for (String id : ids) {
            Codes.slug("municipalities", id, "monza");
        }
        if (ids.size() != 2 || ids.get(0).equals(ids.get(1))) {
            throw new InvalidComparison("must name exactly two different municipalities, such as monza,messina");
        }
        return ids;
    }
}
