package org.sportello.reporting.research.disclosure;

/**
 * The values an attacker cannot rule out for a withheld cell (or a sum of withheld cells), given
 * everything published: tau-ARGUS calls it the feasibility interval. {@code upper} is
 * {@link #UNBOUNDED} when nothing published caps the value.
 */
public record FeasibilityInterval(long lower, long upper) {

    public static final long UNBOUNDED = Long.MAX_VALUE;

    public boolean isExact() {
        return lower == upper;
    }

    /** Every value the attacker cannot rule out is a small count: the cell is disclosed as small. */
    public boolean liesWithin(long from, long to) {
        return lower >= from && upper <= to;
    }
}
