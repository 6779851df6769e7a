package org.sportello.reporting.research.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The age bands of the extract's grid: an age is the episode's year less the birth year (the only
 * date research keeps), so a band is right to within the year. {@value #UNKNOWN} when the birth year
 * is absent (an anonymous contact, a citizen erased) or not plausible (after the episode's year).
 * The SQL that bands ages in the database is written from the same bounds, so the two cannot differ.
 */
public enum AgeBands {

    /** 0-17, 18-24, 25-34, 35-44, 45-54, 55-64, 65-74, 75+: the ten-year bands of social statistics. */
    FINE("fine", "age_fine", 18, 25, 35, 45, 55, 65, 75),
    /** 0-17, 18-64, 65+: minors, working age, elderly (the user areas' own split). */
    COARSE("coarse", "age_coarse", 18, 65);

    public static final String UNKNOWN = "unknown";

    private final String label;
    private final String column;
    private final int[] lowerBounds;

    AgeBands(String label, String column, int... lowerBounds) {
        this.label = label;
        this.column = column;
        this.lowerBounds = lowerBounds;
    }

    /** {@code fine} or {@code coarse}, as the generalisation header names it. */
    public String label() {
        return label;
    }

    String column() {
        return column;
    }

    /** Every band's label, youngest first, then {@value #UNKNOWN}. */
    public List<String> bands() {
        List<String> bands = new ArrayList<>();
        int from = 0;
        for (int bound : lowerBounds) {
            bands.add(from + "-" + (bound - 1));
            from = bound;
        }
        bands.add(from + "+");
        bands.add(UNKNOWN);
        return bands;
    }

    /** The band of {@code age} in years (null when unknown). */
    public String band(Integer age) {
        if (age == null || age < 0) {
            return UNKNOWN;
        }
        List<String> bands = bands();
        for (int i = 0; i < lowerBounds.length; i++) {
            if (age < lowerBounds[i]) {
                return bands.get(i);
            }
        }
        return bands.get(lowerBounds.length);
    }

    /** The same banding as SQL over {@code age}, an integer expression that may be null. */
    String sql(String age) {
        List<String> bands = bands();
        StringBuilder sql = new StringBuilder("CASE WHEN ").append(age).append(" IS NULL OR ").append(age)
                .append(" < 0 THEN '").append(UNKNOWN).append("'");
        for (int i = 0; i < lowerBounds.length; i++) {
            sql.append(" WHEN ").append(age).append(" < ").append(lowerBounds[i]).append(" THEN '")
                    .append(bands.get(i)).append("'");
        }
        return sql.append(" ELSE '").append(bands.get(lowerBounds.length)).append("' END").toString();
    }
}
