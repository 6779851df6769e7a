package org.sportello.scheduling.appointment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.sportello.scheduling.office.OfficeCalendar;
import org.sportello.scheduling.office.OfficeId;
import org.sportello.scheduling.office.OpenSlot;
import org.sportello.scheduling.office.OpeningMode;
import org.sportello.scheduling.operator.OperatorId;
import org.sportello.scheduling.operator.OperatorRole;
import org.sportello.scheduling.operator.StaffCalendar;
import org.sportello.scheduling.time.OfficeTime;
import org.sportello.scheduling.time.TimeWindow;

/**
 * Finds and checks free slots. A slot is free when it lies inside one of the office's
 * {@code BY_APPOINTMENT} open slots (closures are already left out by the office calendar), starts
 * on the grid (local wall-clock times, every {@link #grid}, so 09:00, 09:15… also on a
 * daylight-saving day), not before the request was made (for a request made now: not in the past), and every required role is filled by a distinct operator who
 * works at the office in that role, is available for the whole slot and has no booking overlapping it.
 *
 * <p>A search costs a fixed number of queries, whatever the number of candidate slots: the open
 * slots once, the operators once per role, each operator's availability once, and the bookings of
 * all of them at once; the slots are then tried in memory.
 */
public class SlotFinder {

    private static final int SECONDS_PER_DAY = 24 * 60 * 60;

    private final OfficeCalendar offices;
    private final StaffCalendar staff;
    private final BookedTime booked;
    private final Duration grid;

    public SlotFinder(OfficeCalendar offices, StaffCalendar staff, BookedTime booked, Duration grid) {
        if (grid.isNegative() || grid.isZero() || SECONDS_PER_DAY % grid.toSeconds() != 0) {
            throw new IllegalArgumentException("the slot grid must divide a day, e.g. PT15M or PT30M: " + grid);
        }
        this.offices = offices;
        this.staff = staff;
        this.booked = booked;
        this.grid = grid;
    }

    /**
     * The first {@code limit} free slots starting from {@code from} on (when the request was made,
     * at the earliest) and ending by {@code until}, in start order; each start once, with the first fitting
     * operators (in id order).
     */
    public List<Proposal> find(OfficeId office, List<OperatorRole> roles, Duration duration, Instant from,
                               Instant until, int limit) {
        if (!until.isAfter(from) || limit <= 0) {
            return List.of();
        }
        List<OpenSlot> open = offices.openSlots(office, localDate(from), localDate(until), OpeningMode.BY_APPOINTMENT);
        if (open.isEmpty()) {
            return List.of();
        }
        Map<OperatorRole, List<OperatorId>> byRole = new LinkedHashMap<>();
        Set<OperatorId> everyone = new LinkedHashSet<>();
        for (OperatorRole role : roles) {
            List<OperatorId> holders = staff.operatorsAt(office, role);
            if (holders.isEmpty()) {
                return List.of();
            }
            byRole.put(role, holders);
            everyone.addAll(holders);
        }
        TimeWindow span = new TimeWindow(from, until);
        Map<OperatorId, List<TimeWindow>> available = new LinkedHashMap<>();
        for (OperatorId operator : everyone) {
            available.put(operator, joined(staff.availability(operator, office, from, until)));
        }
        Map<OperatorId, List<TimeWindow>> busy = booked.bookedDuring(everyone, span);

        List<Proposal> found = new ArrayList<>();
        Instant lastStart = null;
        for (OpenSlot slot : open) {
            TimeWindow opening = slot.window();
            for (Instant start : gridStarts(slot, duration)) {
                Instant end = start.plus(duration);
                if (end.isAfter(until)) {
                    return found;
                }
                if (start.isBefore(from) || (lastStart != null && !start.isAfter(lastStart))) {
                    continue;
                }
                TimeWindow window = new TimeWindow(start, end);
                if (!opening.contains(window)) {
                    continue;
                }
                List<BookedOperator> team = assign(roles, byRole, operator -> free(operator, window, available, busy));
                if (team != null) {
                    found.add(new Proposal(start, end, team));
                    lastStart = start;
                    if (found.size() == limit) {
                        return found;
                    }
                }
            }
        }
        return found;
    }

    /**
     * Checks a slot that a booking names, as {@link #find} would have found it from {@code notBefore}
     * (when the request was made): refuses it with the
     * reason (a 409 when the slot is no longer valid or taken, a 422 when the operators cannot fill
     * the roles). The claims still decide under concurrency: this check only explains the common case.
     */
    public Proposal check(OfficeId office, List<OperatorRole> roles, Duration duration, Instant start,
                          List<BookedOperator> operators, Instant notBefore) {
        checkTeam(office, roles, operators);
        if (start.isBefore(notBefore)) {
            throw new SlotUnavailable("it starts before the request was made (" + notBefore + ")");
        }
        LocalTime localStart = start.atZone(OfficeTime.ZONE).toLocalTime();
        if (localStart.toSecondOfDay() % grid.toSeconds() != 0) {
            throw new SlotUnavailable("it starts off the " + grid.toMinutes() + "-minute grid");
        }
        TimeWindow window = new TimeWindow(start, start.plus(duration));
        boolean open = offices.openSlots(office, localDate(window.start()), localDate(window.end()),
                        OpeningMode.BY_APPOINTMENT).stream()
                .anyMatch(slot -> slot.window().contains(window));
        if (!open) {
            throw new SlotUnavailable("it is outside the office's hours for appointments");
        }
        for (BookedOperator operator : operators) {
            boolean available = joined(staff.availability(operator.operatorId(), office, window.start(), window.end())).stream()
                    .anyMatch(stretch -> stretch.contains(window));
            if (!available) {
                throw new SlotUnavailable("operator " + operator.operatorId() + " is not available for all of it");
            }
        }
        Map<OperatorId, List<TimeWindow>> busy = booked.bookedDuring(
                operators.stream().map(BookedOperator::operatorId).toList(), window);
        for (BookedOperator operator : operators) {
            if (!busy.getOrDefault(operator.operatorId(), List.of()).isEmpty()) {
                throw new SlotTaken("operator " + operator.operatorId() + " is booked then");
            }
        }
        return new Proposal(window.start(), window.end(), List.copyOf(operators));
    }

    /** One distinct operator per required role, each working at the office in that role. */
    private void checkTeam(OfficeId office, List<OperatorRole> roles, List<BookedOperator> operators) {
        Set<OperatorRole> named = new HashSet<>();
        Set<OperatorId> people = new HashSet<>();
        for (BookedOperator operator : operators) {
            if (!named.add(operator.role())) {
                throw new OperatorsDoNotMatchRoles("role " + operator.role() + " is named twice");
            }
            if (!people.add(operator.operatorId())) {
                throw new OperatorsDoNotMatchRoles("operator " + operator.operatorId()
                        + " is named twice; each role needs a person of its own");
            }
        }
        if (!named.equals(Set.copyOf(roles))) {
            throw new OperatorsDoNotMatchRoles("the operators must fill exactly the required roles " + roles);
        }
        for (BookedOperator operator : operators) {
            if (!staff.canServe(operator.operatorId(), operator.role(), office)) {
                throw new OperatorsDoNotMatchRoles("operator " + operator.operatorId() + " does not work at " + office
                        + " as " + operator.role());
            }
        }
    }

    /**
     * The starts on the grid within the opening whose interview would end by its close: wall-clock
     * times of the slot's date, turned into instants by the zone, so a day of 23 or 25 hours still
     * gets 09:00, 09:15….
     */
    private List<Instant> gridStarts(OpenSlot slot, Duration duration) {
        long step = grid.toSeconds();
        long first = (slot.from().toSecondOfDay() + step - 1) / step * step;
        Instant close = slot.window().end();
        List<Instant> starts = new ArrayList<>();
        for (long second = first; second < SECONDS_PER_DAY; second += step) {
            Instant start = slot.date().atTime(LocalTime.ofSecondOfDay(second)).atZone(OfficeTime.ZONE).toInstant();
            if (start.plus(duration).isAfter(close)) {
                break;
            }
            starts.add(start);
        }
        return starts;
    }

    private static boolean free(OperatorId operator, TimeWindow window, Map<OperatorId, List<TimeWindow>> available,
                                Map<OperatorId, List<TimeWindow>> busy) {
        return available.getOrDefault(operator, List.of()).stream().anyMatch(stretch -> stretch.contains(window))
                && busy.getOrDefault(operator, List.of()).stream().noneMatch(booking -> booking.overlaps(window));
    }

    /** The first assignment of distinct operators to the roles (in id order), or null: a small backtracking search. */
    private static List<BookedOperator> assign(List<OperatorRole> roles, Map<OperatorRole, List<OperatorId>> byRole,
                                               Predicate<OperatorId> free) {
        List<BookedOperator> chosen = new ArrayList<>();
        return assign(roles, 0, byRole, free, new HashSet<>(), chosen) ? List.copyOf(chosen) : null;
    }

    private static boolean assign(List<OperatorRole> roles, int index, Map<OperatorRole, List<OperatorId>> byRole,
                                  Predicate<OperatorId> free, Set<OperatorId> used, List<BookedOperator> chosen) {
        if (index == roles.size()) {
            return true;
        }
        OperatorRole role = roles.get(index);
        for (OperatorId candidate : byRole.get(role)) {
            if (!used.contains(candidate) && free.test(candidate)) {
                used.add(candidate);
                chosen.add(new BookedOperator(candidate, role));
                if (assign(roles, index + 1, byRole, free, used, chosen)) {
                    return true;
                }
                used.remove(candidate);
                chosen.remove(chosen.size() - 1);
            }
        }
        return false;
    }

    /** Windows in start order with those that touch or overlap joined: 9–11 and 11–13 hold a slot from 10:30. */
    private static List<TimeWindow> joined(List<TimeWindow> windows) {
        List<TimeWindow> joined = new ArrayList<>();
        for (TimeWindow window : windows) {
            TimeWindow last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && !window.start().isAfter(last.end())) {
                joined.set(joined.size() - 1, new TimeWindow(last.start(),
                        window.end().isAfter(last.end()) ? window.end() : last.end()));
            } else {
                joined.add(window);
            }
        }
        return joined;
    }

    private static LocalDate localDate(Instant instant) {
        return instant.atZone(OfficeTime.ZONE).toLocalDate();
    }
}
