package org.sportello.reporting.research.extract;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.sportello.reporting.research.CsvReport;
import org.sportello.reporting.research.MonthRange;
import org.sportello.reporting.research.codingschemes.CodingScheme;
import org.sportello.reporting.research.codingschemes.CodingSchemes;
import org.sportello.reporting.research.querylog.QueryLogFilter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class EpisodesExtractController {

    static final String PATH = "/api/research/episodes.csv";
    static final String WITHHELD_ROWS = "Sportello-Withheld-Rows";
    static final String ROWS = "Sportello-Rows";
    static final String GENERALISATION = "Sportello-Generalisation";
    static final String K = "Sportello-K";
    static final String SCHEME = "Sportello-Scheme";
    static final String QUASI_IDENTIFIERS = "Sportello-Quasi-Identifiers";
    private static final String MONTH_PATTERN = "^\\d{4}-\\d{2}$";
    private static final String CSV_UTF8 = CsvReport.TEXT_CSV_VALUE + ";charset=UTF-8";
    private static final int BUFFER = 64 * 1024;

    private final EpisodeExtracts extracts;
    private final ExtractSettings settings;
    private final CodingSchemes schemes;

    EpisodesExtractController(EpisodeExtracts extracts, ExtractSettings settings, CodingSchemes schemes) {
        this.extracts = extracts;
        this.settings = settings;
        this.schemes = schemes;
    }

    @GetMapping(PATH)
    @Operation(summary = "The k-anonymous extract of first-access episodes: one row per episode, no ids",
            description = """
                    One row per episode (a first access) of the coding scheme (the default scheme (v1 unless set otherwise) unless scheme is \
                    given) whose first contact was in the months asked for (Europe/Rome), with generalised attributes \
                    only and never an id of a citizen, case, episode or contact: ageBand (the episode's year less the \
                    birth year; unknown when absent or erased), sex (F, M or unknown), userAreas, needCategories, \
                    channel, place (office or municipality), period (month or quarter), outcomes, endedBy, careFirst, \
                    controlBeforeCare, dropOff, daysToCare. The quasi-identifiers are ageBand, sex, place, period and \
                    channel: a row is withheld when its combination of them covers fewer than k distinct persons (an \
                    anonymous contact is a person of its own). The generalisation is the first level of a fixed grid, \
                    from the least to the most generalised (ageBand fine 0-17,18-24,25-34,35-44,45-54,55-64,65-74,75+ or \
                    coarse 0-17,18-64,65+; period month or quarter; place office or municipality: fine/month/office, \
                    coarse/month/office, fine/quarter/office, fine/month/municipality, coarse/quarter/office, \
                    coarse/month/municipality, fine/quarter/municipality, coarse/quarter/municipality) that withholds \
                    at most 5 % of the rows; when none does, the last, withholding what it must. Rows are ordered by \
                    place, period, ageBand, sex, channel, then the other columns. Code lists are joined by ';'. The \
                    headers say how many rows were withheld, the generalisation, k and the scheme.""")
    @ApiResponse(responseCode = "200", description = "The extract, as CSV", headers = {
            @Header(name = WITHHELD_ROWS, description = "How many episodes' rows were withheld", schema = @Schema(
                    type = "integer", format = "int64", minimum = "0", maximum = "" + EpisodeExtracts.MAX_ROWS)),
            @Header(name = ROWS, description = "How many rows the extract has", schema = @Schema(
                    type = "integer", format = "int64", minimum = "0", maximum = "" + EpisodeExtracts.MAX_ROWS)),
            @Header(name = GENERALISATION, description = "The grid's level used, e.g. ageBand=fine;period=month;place=office",
                    schema = @Schema(type = "string", maxLength = 64,
                            pattern = "^ageBand=(fine|coarse);period=(month|quarter);place=(office|municipality)$")),
            @Header(name = K, description = "The persons every combination of quasi-identifiers covers at least",
                    schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "" + ExtractSettings.MAX_K)),
            @Header(name = SCHEME, description = "The coding scheme's version", schema = @Schema(type = "string",
                    maxLength = 32, pattern = "^\\S+$")),
            @Header(name = QUASI_IDENTIFIERS, description = "The quasi-identifiers, joined by ','", schema = @Schema(
                    type = "string", maxLength = 64, pattern = "^[a-zA-Z,]+$"))},
            content = @Content(mediaType = CsvReport.TEXT_CSV_VALUE, schema = @Schema(type = "string",
                    maxLength = EpisodesCsv.MAX_ROW_CHARS * (EpisodeExtracts.MAX_ROWS + 1),
                    pattern = "^ageBand,sex,userAreas,needCategories,channel,place,period,outcomes,endedBy,careFirst,"
                            + "controlBeforeCare,dropOff,daysToCare\\r\\n")))
    @ApiResponse(responseCode = "404", description = "No coding scheme has the version given")
    @ApiResponse(responseCode = "409", description = "The coding scheme's episodes are still being computed")
    @ApiResponse(responseCode = "422", description = "k is below the service's setting (the problem names k)")
    public void episodes(
            @Parameter(description = "First month, YYYY-MM, included", schema = @Schema(type = "string",
                    minLength = 7, maxLength = 7, pattern = MONTH_PATTERN))
            @RequestParam String from,
            @Parameter(description = "Last month, YYYY-MM, included; at most " + MonthRange.MAX_MONTHS
                    + " months from the first", schema = @Schema(type = "string", minLength = 7, maxLength = 7,
                    pattern = MONTH_PATTERN))
            @RequestParam String to,
            @Parameter(description = "Persons every combination must cover; at least the service's setting (default 5)",
                    schema = @Schema(type = "integer", format = "int32", minimum = "1",
                            maximum = "" + ExtractSettings.MAX_K))
            @RequestParam(required = false) Integer k,
            @Parameter(description = "The coding scheme's version; the default scheme (v1 unless set otherwise) when absent",
                    schema = @Schema(type = "string", maxLength = 32, pattern = "^\\S+$"))
            @RequestParam(required = false) String scheme,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        MonthRange range = MonthRange.parse(from, to);
        int used = settings.forQuery(k);
        CodingScheme coding = schemes.forQuery("scheme", scheme);
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8),
                BUFFER);
        long written = extracts.write(range, coding.version(), used, made -> {
            response.setContentType(CSV_UTF8);
            response.setHeader(WITHHELD_ROWS, Long.toString(made.level().withheld()));
            response.setHeader(ROWS, Long.toString(made.level().rows() - made.level().withheld()));
            response.setHeader(GENERALISATION, made.level().generalisation().label());
            response.setHeader(K, Integer.toString(made.k()));
            response.setHeader(SCHEME, coding.version());
            response.setHeader(QUASI_IDENTIFIERS, String.join(",", Generalisation.QUASI_IDENTIFIERS));
            response.setHeader("Content-Disposition", "attachment; filename=\"episodes-" + range.from() + "-"
                    + range.to() + ".csv\"");
            try {
                out.write(EpisodesCsv.header());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, out);
        out.flush();
        request.setAttribute(QueryLogFilter.ROWS_RETURNED, written);
    }
}
