package org.sportello.reporting.research.disclosure;

import java.util.List;

/**
 * What an attacker knows ties cells together: a total and its parts.
 *
 * <p>{@link Kind#SUM}: the total is exactly the sum of its parts (episodes of a municipality are
 * those of its offices). {@link Kind#BOUNDED}: a count of distinct persons over parts in which one
 * person may appear more than once, so each part is at most the total and the total at most the
 * sum of the parts (the "all offices" distinct-citizen row).
 */
public record Relation(String total, List<String> parts, Kind kind) {

    public enum Kind { SUM, BOUNDED }

    public Relation {
        parts = List.copyOf(parts);
    }

    public static Relation sum(String total, List<String> parts) {
        return new Relation(total, parts, Kind.SUM);
    }

    public static Relation bounded(String total, List<String> parts) {
        return new Relation(total, parts, Kind.BOUNDED);
    }
}
