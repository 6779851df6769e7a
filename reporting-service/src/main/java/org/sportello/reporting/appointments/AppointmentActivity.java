package org.sportello.reporting.appointments;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import org.sportello.reporting.appointments.SchedulingFact.Count;

/**
 * What one batch of scheduling events adds to the appointments tables, gathered in memory first
 * so that a batch is a statement per table. Keys are sorted so that concurrent batches lock rows
 * in the same order.
 *
 * @param firstMonths the earliest month each office appears in, in this batch
 * @param tallies     requests, bookings and cancellations per month and office
 * @param outcomes    the first outcome of each appointment in this batch
 * @param hours       per office and date, the set recorded last (by {@code setAt}, then by order)
 */
record AppointmentActivity(SortedMap<String, String> firstMonths, SortedMap<Cell, Tally> tallies,
                           SortedMap<UUID, SchedulingFact.Outcome> outcomes,
                           SortedMap<HoursKey, SchedulingFact.HoursSet> hours) {

    record Cell(String month, String officeId) implements Comparable<Cell> {
        private static final Comparator<Cell> ORDER = Comparator.comparing(Cell::month).thenComparing(Cell::officeId);

        @Override
        public int compareTo(Cell other) {
            return ORDER.compare(this, other);
        }
    }

    record Tally(long requested, long booked, long cancelled) {
        static Tally one(Count count) {
            return switch (count) {
                case REQUESTED -> new Tally(1, 0, 0);
                case BOOKED -> new Tally(0, 1, 0);
                case CANCELLED -> new Tally(0, 0, 1);
            };
        }

        Tally plus(Tally other) {
            return new Tally(requested + other.requested, booked + other.booked, cancelled + other.cancelled);
        }
    }

    record HoursKey(String officeId, LocalDate validFrom) implements Comparable<HoursKey> {
        private static final Comparator<HoursKey> ORDER = Comparator.comparing(HoursKey::officeId)
                .thenComparing(HoursKey::validFrom);

        @Override
        public int compareTo(HoursKey other) {
            return ORDER.compare(this, other);
        }
    }

    static AppointmentActivity of(Collection<SchedulingFact> facts) {
        SortedMap<String, String> firstMonths = new TreeMap<>();
        SortedMap<Cell, Tally> tallies = new TreeMap<>();
        SortedMap<UUID, SchedulingFact.Outcome> outcomes = new TreeMap<>();
        SortedMap<HoursKey, SchedulingFact.HoursSet> hours = new TreeMap<>();
        for (SchedulingFact fact : facts) {
            // YYYY-MM text sorts as the months do.
            firstMonths.merge(fact.officeId(), fact.month().toString(),
                    (one, other) -> one.compareTo(other) <= 0 ? one : other);
            if (fact instanceof SchedulingFact.Counted counted) {
                tallies.merge(new Cell(counted.month().toString(), counted.officeId()), Tally.one(counted.count()),
                        Tally::plus);
            } else if (fact instanceof SchedulingFact.Outcome outcome) {
                outcomes.putIfAbsent(outcome.appointmentId(), outcome);
            } else if (fact instanceof SchedulingFact.HoursSet set) {
                hours.merge(new HoursKey(set.officeId(), set.validFrom()), set,
                        (earlier, later) -> later.setAt().isBefore(earlier.setAt()) ? earlier : later);
            }
        }
        return new AppointmentActivity(firstMonths, tallies, outcomes, hours);
    }

    boolean isEmpty() {
        return firstMonths.isEmpty();
    }
}
