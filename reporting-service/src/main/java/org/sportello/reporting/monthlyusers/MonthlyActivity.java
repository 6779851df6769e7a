package org.sportello.reporting.monthlyusers;

import java.util.Collection;
import java.util.Comparator;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.sportello.reporting.research.OfficeSlug;

/**
 * What one batch of contacts adds to the monthly-users tables, summed in memory first so that a
 * batch of hundreds of contacts is two statements. Every contact counts at its office and under
 * {@code all}. Keys are sorted so that concurrent batches lock rows in the same order.
 */
record MonthlyActivity(SortedMap<Cell, Tally> tallies, SortedSet<CitizenSeen> citizens) {

    /** A month at an office, or at {@code all}. */
    record Cell(String month, String officeId) implements Comparable<Cell> {
        private static final Comparator<Cell> ORDER = Comparator.comparing(Cell::month).thenComparing(Cell::officeId);

        @Override
        public int compareTo(Cell other) {
            return ORDER.compare(this, other);
        }
    }

    record Tally(long contacts, long anonymousContacts) {
        Tally plus(Tally other) {
            return new Tally(contacts + other.contacts, anonymousContacts + other.anonymousContacts);
        }
    }

    record CitizenSeen(Cell cell, UUID citizenId) implements Comparable<CitizenSeen> {
        private static final Comparator<CitizenSeen> ORDER = Comparator.comparing(CitizenSeen::cell)
                .thenComparing(CitizenSeen::citizenId);

        @Override
        public int compareTo(CitizenSeen other) {
            return ORDER.compare(this, other);
        }
    }

    static MonthlyActivity of(Collection<CountedContact> contacts) {
        SortedMap<Cell, Tally> tallies = new TreeMap<>();
        SortedSet<CitizenSeen> citizens = new TreeSet<>();
        for (CountedContact contact : contacts) {
            String month = contact.month().toString();
            Tally one = new Tally(1, contact.anonymous() ? 1 : 0);
            for (Cell cell : new Cell[] {new Cell(month, contact.officeId()), new Cell(month, OfficeSlug.ALL)}) {
                tallies.merge(cell, one, Tally::plus);
                if (!contact.anonymous()) {
                    citizens.add(new CitizenSeen(cell, contact.citizenId()));
                }
            }
        }
        return new MonthlyActivity(tallies, citizens);
    }

    boolean isEmpty() {
        return tallies.isEmpty();
    }
}
