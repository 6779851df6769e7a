package org.sportello.reporting.research;

/** The service cannot start: {@code sportello.reporting.suppression-threshold} is below 1. */
public class InvalidSuppressionThreshold extends RuntimeException {

    InvalidSuppressionThreshold(int threshold) {
        super("sportello.reporting.suppression-threshold must be at least 1 (1 withholds nothing), not " + threshold);
    }
}
