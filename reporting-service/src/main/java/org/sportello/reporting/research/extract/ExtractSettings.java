package org.sportello.reporting.research.extract;

/**
 * The extract's k: how many distinct persons every combination of quasi-identifiers must cover
 * ({@code sportello.reporting.extract.k}, default 5, as the tables' threshold). A query may ask
 * for a larger k, never a smaller one.
 */
record ExtractSettings(int k) {

    /** Beyond any office's month: a larger k withholds everything. */
    static final int MAX_K = 1000;

    ExtractSettings {
        if (k < 1 || k > MAX_K) {
            throw new InvalidExtractSettings(k);
        }
    }

    /** The k a query uses: its own when given, which may only be at least the setting's. */
    int forQuery(Integer asked) {
        if (asked == null) {
            return k;
        }
        if (asked < k) {
            throw new ExtractKTooSmall(asked, k);
        }
        if (asked > MAX_K) {
            throw new InvalidExtractK(asked);
        }
        return asked;
    }
}
