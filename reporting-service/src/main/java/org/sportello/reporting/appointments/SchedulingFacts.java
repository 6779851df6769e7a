package org.sportello.reporting.appointments;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.sportello.contracts.scheduling.v1.AppointmentAttended;
import org.sportello.contracts.scheduling.v1.AppointmentBooked;
import org.sportello.contracts.scheduling.v1.AppointmentCancelled;
import org.sportello.contracts.scheduling.v1.AppointmentMissed;
import org.sportello.contracts.scheduling.v1.AppointmentRequested;
import org.sportello.contracts.scheduling.v1.OfficeCreated;
import org.sportello.contracts.scheduling.v1.OpeningHoursSet;
import org.sportello.contracts.scheduling.v1.OpeningMode;
import org.sportello.contracts.scheduling.v1.WeeklySlot;
import org.sportello.platform.consuming.UnusableEvent;
import org.sportello.platform.json.ContractJson;
import org.sportello.reporting.appointments.SchedulingFact.Count;
import org.sportello.reporting.research.OfficeSlug;
import org.sportello.reporting.research.ReportingMonth;

/**
 * Reads scheduling's published events into {@link SchedulingFact}s: the one place here that knows
 * the contracts. The values already conform to their schemas; what is checked here is what the
 * schemas cannot say and the tables would refuse, since a refused value would fail its batch on
 * every retry.
 *
 * <p>Rescheduling, waiting lists and closures are passed over: the outcome events carry the
 * interview's final start and the request time, and the hours are the timetable's (closures are
 * not subtracted, see {@link OpeningHoursHistory}).
 */
final class SchedulingFacts {

    static final Set<String> TYPES = Set.of(OfficeCreated.TYPE, OpeningHoursSet.TYPE, AppointmentRequested.TYPE,
            AppointmentBooked.TYPE, AppointmentCancelled.TYPE, AppointmentAttended.TYPE, AppointmentMissed.TYPE);

    private SchedulingFacts() {
    }

    static SchedulingFact read(String type, byte[] json) {
        return switch (type) {
            case OfficeCreated.TYPE -> {
                OfficeCreated office = value(json, OfficeCreated.class);
                yield new SchedulingFact.OfficeNamed(office(office.officeId()), month("createdAt", office.createdAt()));
            }
            case OpeningHoursSet.TYPE -> hours(value(json, OpeningHoursSet.class));
            case AppointmentRequested.TYPE -> {
                AppointmentRequested request = value(json, AppointmentRequested.class);
                yield new SchedulingFact.Counted(office(request.officeId()),
                        month("requestedAt", request.requestedAt()), Count.REQUESTED);
            }
            case AppointmentBooked.TYPE -> {
                AppointmentBooked booking = value(json, AppointmentBooked.class);
                yield new SchedulingFact.Counted(office(booking.officeId()), month("bookedAt", booking.bookedAt()),
                        Count.BOOKED);
            }
            case AppointmentCancelled.TYPE -> {
                AppointmentCancelled cancellation = value(json, AppointmentCancelled.class);
                yield new SchedulingFact.Counted(office(cancellation.officeId()),
                        month("cancelledAt", cancellation.cancelledAt()), Count.CANCELLED);
            }
            case AppointmentAttended.TYPE -> {
                AppointmentAttended attended = value(json, AppointmentAttended.class);
                yield new SchedulingFact.Outcome(attended.appointmentId(), office(attended.officeId()),
                        month("start", attended.start()), true,
                        waitSeconds(attended.requestedAt(), attended.start()));
            }
            case AppointmentMissed.TYPE -> {
                AppointmentMissed missed = value(json, AppointmentMissed.class);
                yield new SchedulingFact.Outcome(missed.appointmentId(), office(missed.officeId()),
                        month("start", missed.start()), false, null);
            }
            default -> throw new UnusableEvent("the appointments report does not read " + type);
        };
    }

    private static SchedulingFact.HoursSet hours(OpeningHoursSet set) {
        LocalDate validFrom = set.validFrom();
        if (validFrom == null || validFrom.getYear() < 1 || validFrom.getYear() > 9999) {
            throw new UnusableEvent("validFrom " + validFrom + " is not a date in the years 0001 to 9999");
        }
        for (WeeklySlot slot : set.slots()) {
            if (slot.dayOfWeek() == null || slot.from() == null || slot.to() == null || slot.mode() == null
                    || !slot.to().isAfter(slot.from())) {
                throw new UnusableEvent("a slot from " + slot.from() + " to " + slot.to()
                        + " does not end after it starts on the same day");
            }
        }
        // Slots of one mode on one day are counted as their union: an hour two slots share is one hour open.
        Map<OpeningMode, Map<DayOfWeek, List<WeeklySlot>>> byModeAndDay = set.slots().stream()
                .collect(Collectors.groupingBy(WeeklySlot::mode, () -> new EnumMap<>(OpeningMode.class),
                        Collectors.groupingBy(WeeklySlot::dayOfWeek)));
        Map<OpeningMode, Long> minutes = new EnumMap<>(OpeningMode.class);
        byModeAndDay.forEach((mode, days) -> minutes.put(mode,
                days.values().stream().mapToLong(SchedulingFacts::unionMinutes).sum()));
        WeeklyMinutes weekly = new WeeklyMinutes(minutes.getOrDefault(OpeningMode.WALK_IN, 0L),
                minutes.getOrDefault(OpeningMode.BY_APPOINTMENT, 0L), minutes.getOrDefault(OpeningMode.PHONE_LINE, 0L));
        return new SchedulingFact.HoursSet(office(set.officeId()), validFrom, required("setAt", set.setAt()), weekly);
    }

    private static long unionMinutes(List<WeeklySlot> slotsOfADay) {
        List<WeeklySlot> sorted = slotsOfADay.stream().sorted(Comparator.comparing(WeeklySlot::from)).toList();
        long seconds = 0;
        LocalTime start = null;
        LocalTime end = null;
        for (WeeklySlot slot : sorted) {
            if (end == null || slot.from().isAfter(end)) {
                if (end != null) {
                    seconds += Duration.between(start, end).toSeconds();
                }
                start = slot.from();
                end = slot.to();
            } else if (slot.to().isAfter(end)) {
                end = slot.to();
            }
        }
        if (end != null) {
            seconds += Duration.between(start, end).toSeconds();
        }
        return seconds / 60;
    }

    /** The wait from request to interview, or a dead letter when the interview is before the request. */
    private static long waitSeconds(Instant requestedAt, Instant start) {
        long seconds = Waits.seconds(required("requestedAt", requestedAt), start);
        if (seconds < 0) {
            throw new UnusableEvent("the interview (" + start + ") starts before it was requested (" + requestedAt + ")");
        }
        return seconds;
    }

    private static <T> T value(byte[] json, Class<T> type) {
        T value = ContractJson.read(json, type);
        if (value == null) {
            throw new UnusableEvent("the value is JSON null");
        }
        return value;
    }

    private static String office(String officeId) {
        // all is the reports' name for every office together: no office may take it.
        if (!OfficeSlug.isValid(officeId) || OfficeSlug.ALL.equals(officeId)) {
            throw new UnusableEvent("officeId '" + officeId + "' is not an office's slug");
        }
        return officeId;
    }

    private static YearMonth month(String field, Instant instant) {
        YearMonth month = ReportingMonth.of(required(field, instant));
        if (month.getYear() < 1 || month.getYear() > 9999) {
            throw new UnusableEvent(field + " " + instant + " is not in the years 0001 to 9999");
        }
        return month;
    }

    private static Instant required(String field, Instant instant) {
        if (instant == null) {
            throw new UnusableEvent(field + " is missing");
        }
        return instant;
    }
}
