package org.sportello.reporting.research.disclosure;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything published together (e.g. one month's tables) and what an attacker already has.
 *
 * @param tables           the tables of this release; a cell id that appears in two tables is one cell
 * @param alreadyPublished values of cells of this release that an earlier release published, by id:
 *                         the outsider has every table ever published
 * @param lastWithheld     the cells withheld in the previous release (last month's pattern), preferred
 *                         as complementary cells so that the pattern stays stable
 * @param insiders         for each group of insiders (the staff of one office), the ids of the cells
 *                         whose true values they know
 */
public record Release(List<Table> tables, Map<String, Long> alreadyPublished, Set<String> lastWithheld,
                      List<Set<String>> insiders) {

    public Release {
        tables = List.copyOf(tables);
        alreadyPublished = Map.copyOf(alreadyPublished);
        lastWithheld = Set.copyOf(lastWithheld);
        insiders = insiders.stream().map(Set::copyOf).toList();
    }

    public static Release of(List<Table> tables) {
        return new Release(tables, Map.of(), Set.of(), List.of());
    }
}
