package org.sportello.reporting.research.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.sportello.reporting.research.CsvReport;
import org.sportello.reporting.research.MonthRange;
import org.sportello.reporting.research.OfficeSlug;
import org.sportello.reporting.research.ReportTooLarge;
import org.sportello.reporting.research.codingschemes.CodingScheme;
import org.sportello.reporting.research.codingschemes.CodingSchemes;
import org.sportello.reporting.research.indicators.IndicatorTables.Filters;
import org.sportello.reporting.research.indicators.Registry.Office;
import org.sportello.reporting.research.indicators.Registry.Unit;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/research/indicators")
public class IndicatorsController {

    static final String DESCRIPTION = """
            Care versus control in first access, per calendar month in Europe/Rome (the month of an episode's first \
            contact) and unit (groupBy: office, municipality or district; a municipality or district sums its \
            offices), under a coding scheme (scheme; the default scheme (v1 unless set otherwise) when absent, named in the answer). \
            episodes: first accesses opened. careFirstShare: of them, whose first contact had a care outcome. \
            controlBeforeCareShare: with a control contact before any care outcome (or control and never care). \
            dropOffShare: of the ended episodes (not OPEN), those that ended with no outcome beyond information. \
            daysToCareMedian, daysToCareP90: calendar days from the first contact to the first care outcome, over \
            the episodes that had one (percentile_cont, one decimal). jointInterviewShare: of every contact in the \
            month at the unit, those with a social worker and an educator together. decentralisedShare: of the \
            episodes, those opened at an office that is not its municipality's central office. Shares are 0 to 1 \
            with three decimals. channel and userArea keep only the episodes (and contacts) of that channel or with \
            that user area. Every unit holding a registered office has a row for every month, zeros shown; rows \
            are by month, then unit id. municipalityId, districtId and officeId keep the units holding those offices \
            (each unit's figures are always the whole unit's); one that holds no registered office is 404. \
            Withheld values are null and named in "suppressed": counts from 1 to threshold-1 and the cells the \
            secondary suppression withholds so that none can be worked out from the others (the same whatever \
            range, grouping or filter on units is asked for); a share whose numerator, denominator or complement \
            is withheld or from 1 to threshold-1; a median and P90 of fewer than threshold episodes. A share of \
            nothing (no episode, no contact) is null and not named. When counts are rounded (a setting), episodes \
            is a multiple of 5 and shares are computed from rounded counts. With Accept: text/csv the same rows \
            come as CSV (month,unit,unitName,episodes,careFirstShare,controlBeforeCareShare,dropOffShare,\
            daysToCareMedian,daysToCareP90,jointInterviewShare,decentralisedShare,suppressed), withheld values \
            empty and suppressed names joined by ';'. No id of a citizen, case or contact is ever returned.""";

    private final Indicators indicators;
    private final CodingSchemes schemes;

    IndicatorsController(Indicators indicators, CodingSchemes schemes) {
        this.indicators = indicators;
        this.schemes = schemes;
    }

    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, CsvReport.TEXT_CSV_VALUE})
    @Operation(summary = "Care-versus-control indicators per month and office, municipality or district",
            description = DESCRIPTION)
    @ApiResponse(responseCode = "200", description = "The indicators")
    @ApiResponse(responseCode = "404", description = "No coding scheme has that version (unknown-coding-scheme), "
            + "or no registered office is in the municipality or district or has the id given (unknown-unit)")
    @ApiResponse(responseCode = "409", description = "The coding scheme's episodes are still being computed "
            + "(coding-scheme-not-ready)")
    public IndicatorsReport indicators(
            @Parameter(description = "First month, YYYY-MM, included", schema = @Schema(type = "string",
                    minLength = 7, maxLength = 7, pattern = IndicatorsReport.MONTH_PATTERN))
            @RequestParam String from,
            @Parameter(description = "Last month, YYYY-MM, included; at most " + MonthRange.MAX_MONTHS
                    + " months from the first", schema = @Schema(type = "string",
                    minLength = 7, maxLength = 7, pattern = IndicatorsReport.MONTH_PATTERN))
            @RequestParam String to,
            @Parameter(description = "The unit of a row", schema = @Schema(type = "string", maxLength = 12,
                    allowableValues = {"office", "municipality", "district"}))
            @RequestParam String groupBy,
            @Parameter(description = "Only the units holding this municipality's offices", schema = @Schema(
                    type = "string", maxLength = OfficeSlug.MAX_LENGTH, pattern = IndicatorsReport.UNIT_PATTERN))
            @RequestParam(required = false) String municipalityId,
            @Parameter(description = "Only the units holding this district's offices", schema = @Schema(
                    type = "string", maxLength = OfficeSlug.MAX_LENGTH, pattern = IndicatorsReport.UNIT_PATTERN))
            @RequestParam(required = false) String districtId,
            @Parameter(description = "Only the unit holding this office", schema = @Schema(
                    type = "string", maxLength = OfficeSlug.MAX_LENGTH, pattern = IndicatorsReport.UNIT_PATTERN))
            @RequestParam(required = false) String officeId,
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
        MonthRange range = MonthRange.parse(from, to);
        GroupBy level = GroupBy.parse(groupBy);
        String municipality = Codes.slug("municipalityId", municipalityId, "monza");
        String district = Codes.slug("districtId", districtId, "est-milano");
        String office = Codes.slug("officeId", officeId, "monza-san-rocco");
        Filters filters = new Filters(Codes.channel(channel), Codes.userArea(userArea));
        CodingScheme coding = schemes.forQuery("scheme", scheme);
        Indicators.Computed computed = indicators.published(coding.version(), range, filters);
        Registry registry = computed.registry();
        Predicate<Office> chosen = chosen(registry, municipality, district, office);
        Map<Unit, List<Office>> units = registry.units(level, chosen);
        long rows = range.months().count() * units.size();
        if (rows > IndicatorsReport.MAX_ROWS) {
            throw new ReportTooLarge(rows, IndicatorsReport.MAX_ROWS, "one district with districtId");
        }
        Set<Unit> shown = units.keySet();
        List<IndicatorsReport.Row> report = new ArrayList<>();
        computed.months().forEach((month, published) -> published
                .forEach((unit, row) -> {
                    if (shown.contains(unit)) {
                        report.add(row.row());
                    }
                }));
        return new IndicatorsReport(coding.version(), indicators.threshold(), level.code(), range.from().toString(),
                range.to().toString(), report);
    }

    /** The offices a query keeps; each filter given must name at least one registered office. */
    static Predicate<Office> chosen(Registry registry, String municipality, String district, String office) {
        Predicate<Office> chosen = any -> true;
        if (municipality != null) {
            Predicate<Office> in = candidate -> municipality.equals(candidate.municipalityId());
            requireSome(registry, in, "municipalityId", "in municipality", municipality);
            chosen = chosen.and(in);
        }
        if (district != null) {
            Predicate<Office> in = candidate -> district.equals(candidate.districtId());
            requireSome(registry, in, "districtId", "in district", district);
            chosen = chosen.and(in);
        }
        if (office != null) {
            Predicate<Office> is = candidate -> office.equals(candidate.id());
            requireSome(registry, is, "officeId", "with id", office);
            chosen = chosen.and(is);
        }
        return chosen;
    }

    private static void requireSome(Registry registry, Predicate<Office> which, String field, String what, String id) {
        if (!registry.hasOffice(which)) {
            throw new UnknownUnit(field, what, id);
        }
    }
}
