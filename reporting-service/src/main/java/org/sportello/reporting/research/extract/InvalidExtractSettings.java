package org.sportello.reporting.research.extract;

/** The service cannot start: {@code sportello.reporting.extract.k} is out of its range. */
public class InvalidExtractSettings extends RuntimeException {

    InvalidExtractSettings(int k) {
        super("sportello.reporting.extract.k must be from 1 to " + ExtractSettings.MAX_K + " (1 withholds nothing), not "
                + k);
    }
}
