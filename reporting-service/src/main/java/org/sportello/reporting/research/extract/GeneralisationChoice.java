package org.sportello.reporting.research.extract;

import java.util.List;

/**
 * Chooses the level of the grid an extract uses: the least generalised that withholds at most
 * {@value #MAX_WITHHELD_PERCENT} % of the rows, or, when none does, the most generalised, which
 * then withholds what it must. A row is withheld when its combination of quasi-identifiers covers
 * fewer than k persons: the choice is given, per level, how many rows that would be.
 */
public final class GeneralisationChoice {

    public static final int MAX_WITHHELD_PERCENT = 5;

    private GeneralisationChoice() {
    }

    /** One level's outcome: its rows (every episode), and those withheld at it. */
    public record Level(Generalisation generalisation, long rows, long withheld) {
    }

    /**
     * @param levels every level of {@link Generalisation#GRID}, in its order
     * @return the level chosen
     */
    public static Level choose(List<Level> levels) {
        for (Level level : levels) {
            if (withinLimit(level)) {
                return level;
            }
        }
        return levels.get(levels.size() - 1);
    }

    /** Integer arithmetic: 5 % of 19 rows is 0.95 rows, so none may be withheld. */
    public static boolean withinLimit(Level level) {
        return level.withheld() * 100 <= level.rows() * MAX_WITHHELD_PERCENT;
    }
}
