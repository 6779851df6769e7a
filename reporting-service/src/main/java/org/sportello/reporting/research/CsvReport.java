package org.sportello.reporting.research;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * A report as {@code text/csv} (RFC 4180: CRLF line ends, a header line), for researchers who load
 * it into a spreadsheet or R: the same rows and order as the JSON, a withheld value an empty cell,
 * and the names of the withheld values joined with {@code ;}. Each report says its header and how
 * a row becomes cells; the threshold is not a column, since it is the same for every row and the
 * JSON carries it.
 *
 * <p>A message converter rather than a second handler method, so that one endpoint answers both and
 * the usual content negotiation on {@code Accept} chooses.
 *
 * @param <R> the report
 */
public abstract class CsvReport<R> extends AbstractHttpMessageConverter<R> {

    public static final String TEXT_CSV_VALUE = "text/csv";
    private static final String LINE_END = "\r\n";

    private final Class<R> type;
    private final List<String> header;

    protected CsvReport(Class<R> type, List<String> header) {
        super(StandardCharsets.UTF_8, MediaType.parseMediaType(TEXT_CSV_VALUE));
        this.type = type;
        this.header = List.copyOf(header);
    }

    /** The cells of each row, in the header's order; every cell already written with {@link #cell}. */
    protected abstract List<List<String>> rows(R report);

    public String text(R report) {
        StringBuilder csv = new StringBuilder(String.join(",", header)).append(LINE_END);
        for (List<String> row : rows(report)) {
            // Months, slugs, numbers and the names of values never hold a comma, quote or line
            // break, so no cell needs quoting.
            csv.append(String.join(",", row)).append(LINE_END);
        }
        return csv.toString();
    }

    /** A value as a cell: empty when withheld (null), a decimal without an exponent. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }

    /** The names of the withheld values, as one cell. */
    public static String names(List<String> withheld) {
        return String.join(";", withheld);
    }

    @Override
    protected boolean supports(Class<?> candidate) {
        return type.isAssignableFrom(candidate);
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    protected R readInternal(Class<? extends R> candidate, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("Reports are written, never read", input);
    }

    @Override
    protected void writeInternal(R report, HttpOutputMessage output) throws IOException {
        output.getBody().write(text(report).getBytes(StandardCharsets.UTF_8));
    }
}
