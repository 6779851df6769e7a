package org.sportello.reporting.monthlyusers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;

/**
 * The monthly-users report as {@code text/csv} (RFC 4180: CRLF line ends, a header line), for
 * researchers who load it into a spreadsheet or R. Same rows and order as the JSON; a withheld
 * count is an empty cell, and {@code suppressed} joins the withheld counts' names with {@code ;}.
 * The threshold is not a column: it is the same for every row and the JSON carries it.
 *
 * <p>A message converter rather than a second handler method, so that one endpoint answers both and
 * the usual content negotiation on {@code Accept} chooses.
 */
@Component
class MonthlyUsersCsv extends AbstractHttpMessageConverter<MonthlyUsersReport> {

    static final String TEXT_CSV_VALUE = "text/csv";
    static final String HEADER = "month,officeId,citizens,contacts,anonymousContacts,suppressed";
    private static final String LINE_END = "\r\n";

    MonthlyUsersCsv() {
        super(StandardCharsets.UTF_8, MediaType.parseMediaType(TEXT_CSV_VALUE));
    }

    static String render(MonthlyUsersReport report) {
        StringBuilder csv = new StringBuilder(HEADER).append(LINE_END);
        for (MonthlyUsersReport.Row row : report.rows()) {
            // Months, slugs, numbers and count names never hold a comma, quote or line break,
            // so no cell needs quoting.
            csv.append(Stream.of(row.month(), row.officeId(), cell(row.citizens()), cell(row.contacts()),
                            cell(row.anonymousContacts()), String.join(";", row.suppressed()))
                    .collect(Collectors.joining(","))).append(LINE_END);
        }
        return csv.toString();
    }

    private static String cell(Long count) {
        return count == null ? "" : count.toString();
    }

    @Override
    protected boolean supports(Class<?> type) {
        return MonthlyUsersReport.class.isAssignableFrom(type);
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    protected MonthlyUsersReport readInternal(Class<? extends MonthlyUsersReport> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("Reports are written, never read", input);
    }

    @Override
    protected void writeInternal(MonthlyUsersReport report, HttpOutputMessage output) throws IOException {
        output.getBody().write(render(report).getBytes(StandardCharsets.UTF_8));
    }
}
