package org.sportello.reporting.research.indicators;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sportello.reporting.research.disclosure.Cell;
import org.sportello.reporting.research.disclosure.Relation;
import org.sportello.reporting.research.disclosure.Release;
import org.sportello.reporting.research.disclosure.Table;
import org.sportello.reporting.research.indicators.Registry.Office;
import org.sportello.reporting.research.indicators.Registry.Unit;

/**
 * One month's indicators as the disclosure control sees them: a table per count, each with a cell
 * for every office, municipality and district of the registry, whatever a query asked for, tied by
 * what an attacker knows (a municipality's count is the sum of its offices', a district's of its
 * municipalities'). A share also publishes its numerator (share × denominator), so each share's
 * numerator and complement (denominator − numerator) are counts of their own, with the denominator
 * their sum: a share cannot be differenced across offices and their municipality either.
 */
final class MonthRelease {

    private MonthRelease() {
    }

    /**
     * @param lastWithheld the previous month's pattern, written with this month's cell ids
     */
    static Release of(MonthFigures figures, Set<String> lastWithheld) {
        String month = figures.month();
        List<Table> tables = new ArrayList<>();
        for (Measure measure : Measure.values()) {
            tables.add(hierarchy(figures, measure.cell(), unit -> figures.counts().get(unit).get(measure)));
        }
        for (Share share : Share.values()) {
            tables.add(hierarchy(figures, share.complementCell(), unit -> complement(figures.counts().get(unit), share)));
            List<Cell> cells = new ArrayList<>();
            List<Relation> relations = new ArrayList<>();
            figures.counts().forEach((unit, counts) -> {
                String denominator = unit.cell(month, share.denominator().cell());
                String numerator = unit.cell(month, share.numerator().cell());
                String complement = unit.cell(month, share.complementCell());
                cells.add(new Cell(denominator, counts.get(share.denominator())));
                cells.add(new Cell(numerator, counts.get(share.numerator())));
                cells.add(new Cell(complement, complement(counts, share)));
                relations.add(Relation.sum(denominator, List.of(numerator, complement)));
            });
            tables.add(new Table(share.field(), cells, relations));
        }
        return new Release(tables, Map.of(), lastWithheld, insiders(figures));
    }

    static long complement(Counts counts, Share share) {
        return counts.get(share.denominator()) - counts.get(share.numerator());
    }

    /** Every cell id of month {@code from}'s pattern, moved to {@code to}: last month's cells as this month's. */
    static Set<String> moved(Set<String> withheld, String from, String to) {
        Set<String> moved = new HashSet<>();
        for (String id : withheld) {
            if (id.startsWith(from + "/")) {
                moved.add(to + id.substring(from.length()));
            }
        }
        return moved;
    }

    private interface Value {
        long of(Unit unit);
    }

    private static Table hierarchy(MonthFigures figures, String measure, Value value) {
        String month = figures.month();
        List<Cell> cells = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        figures.counts().keySet().forEach(unit -> cells.add(new Cell(unit.cell(month, measure), value.of(unit))));
        figures.officesOf().forEach((unit, offices) -> {
            if (unit.level() == GroupBy.MUNICIPALITY) {
                relations.add(Relation.sum(unit.cell(month, measure), offices.stream()
                        .map(office -> office.unit(GroupBy.OFFICE).orElseThrow().cell(month, measure)).toList()));
            } else if (unit.level() == GroupBy.DISTRICT) {
                Set<String> municipalities = new LinkedHashSet<>();
                for (Office office : offices) {
                    municipalities.add(office.unit(GroupBy.MUNICIPALITY).orElseThrow().cell(month, measure));
                }
                relations.add(Relation.sum(unit.cell(month, measure), List.copyOf(municipalities)));
            }
        });
        return new Table(measure, cells, relations);
    }

    /** The staff of each office know every one of their own office's counts. */
    private static List<Set<String>> insiders(MonthFigures figures) {
        List<Set<String>> insiders = new ArrayList<>();
        figures.counts().keySet().stream().filter(unit -> unit.level() == GroupBy.OFFICE).forEach(office -> {
            Set<String> known = new HashSet<>();
            for (Measure measure : Measure.values()) {
                known.add(office.cell(figures.month(), measure.cell()));
            }
            for (Share share : Share.values()) {
                known.add(office.cell(figures.month(), share.complementCell()));
            }
            insiders.add(known);
        });
        return insiders;
    }
}
