package org.sportello.reporting.research;

import org.sportello.platform.problem.DomainException;

/**
 * The report asked for would have more rows than one answer carries: a row per month and office,
 * and nothing bounds the number of offices. Fewer months, or one office, fit.
 */
public class ReportTooLarge extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "report-too-large";

    public ReportTooLarge(long rows, int maxRows) {
        this(rows, maxRows, "one office with officeId");
    }

    /** {@code narrower}: the filter that gives fewer rows, e.g. {@code one district with districtId}. */
    public ReportTooLarge(long rows, int maxRows, String narrower) {
        // A 400 like every other refusal of the parameters; the document gives 422 to commands only.
        super(TYPE, Kind.INVALID_INPUT, "to", "the report would have " + rows + " rows, more than the " + maxRows
                + " one answer carries: ask for fewer months, or for " + narrower);
    }
}
