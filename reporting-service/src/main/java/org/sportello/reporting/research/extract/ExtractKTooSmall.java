package org.sportello.reporting.research.extract;

import java.util.Map;

import org.sportello.platform.problem.DomainException;

/** A query asked for a k below the service's: it may make the extract safer, never less safe. */
public class ExtractKTooSmall extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "extract-k-too-small";

    private final int minimum;

    ExtractKTooSmall(int k, int minimum) {
        super(TYPE, Kind.RULE_VIOLATION, "k", "must be at least " + minimum
                + " (sportello.reporting.extract.k): a query may ask for more persons per combination, never fewer, not "
                + k);
        this.minimum = minimum;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("minimum", minimum);
    }
}
