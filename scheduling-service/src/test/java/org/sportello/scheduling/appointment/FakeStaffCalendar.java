package org.sportello.scheduling.appointment;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.sportello.scheduling.office.OfficeId;
import org.sportello.scheduling.operator.OperatorId;
import org.sportello.scheduling.operator.OperatorRole;
import org.sportello.scheduling.operator.StaffCalendar;
import org.sportello.scheduling.time.OfficeTime;
import org.sportello.scheduling.time.TimeWindow;

/** A staff register in memory: who works where in which role, weekly availability and absent dates. */
class FakeStaffCalendar implements StaffCalendar {

    private record Serving(OperatorId operatorId, OperatorRole role, OfficeId officeId) {
    }

    private record Weekly(OperatorId operatorId, OfficeId officeId, DayOfWeek day, LocalTime from, LocalTime to) {
    }

    private record Absent(OperatorId operatorId, LocalDate date) {
    }

    private final Set<Serving> serving = new HashSet<>();
    private final List<Weekly> weekly = new ArrayList<>();
    private final Set<Absent> absent = new HashSet<>();

    FakeStaffCalendar works(String operatorId, OfficeId officeId, OperatorRole... roles) {
        for (OperatorRole role : roles) {
            serving.add(new Serving(new OperatorId(operatorId), role, officeId));
        }
        return this;
    }

    FakeStaffCalendar available(String operatorId, OfficeId officeId, DayOfWeek day, String from, String to) {
        weekly.add(new Weekly(new OperatorId(operatorId), officeId, day, LocalTime.parse(from), LocalTime.parse(to)));
        return this;
    }

    FakeStaffCalendar absentOn(String operatorId, LocalDate date) {
        absent.add(new Absent(new OperatorId(operatorId), date));
        return this;
    }

    @Override
    public List<OperatorId> operatorsAt(OfficeId office, OperatorRole role) {
        return serving.stream().filter(s -> s.officeId().equals(office) && s.role() == role)
                .map(Serving::operatorId).sorted(Comparator.comparing(OperatorId::value)).toList();
    }

    @Override
    public boolean canServe(OperatorId operator, OperatorRole role, OfficeId office) {
        return serving.contains(new Serving(operator, role, office));
    }

    @Override
    public List<TimeWindow> availability(OperatorId operator, OfficeId office, Instant from, Instant to) {
        List<TimeWindow> windows = new ArrayList<>();
        LocalDate last = to.atZone(OfficeTime.ZONE).toLocalDate();
        for (LocalDate date = from.atZone(OfficeTime.ZONE).toLocalDate(); !date.isAfter(last); date = date.plusDays(1)) {
            if (absent.contains(new Absent(operator, date))) {
                continue;
            }
            for (Weekly window : weekly) {
                if (window.operatorId().equals(operator) && window.officeId().equals(office)
                        && window.day() == date.getDayOfWeek()) {
                    Instant start = date.atTime(window.from()).atZone(OfficeTime.ZONE).toInstant();
                    Instant end = date.atTime(window.to()).atZone(OfficeTime.ZONE).toInstant();
                    Instant cutStart = start.isBefore(from) ? from : start;
                    Instant cutEnd = end.isAfter(to) ? to : end;
                    if (cutEnd.isAfter(cutStart)) {
                        windows.add(new TimeWindow(cutStart, cutEnd));
                    }
                }
            }
        }
        windows.sort(Comparator.comparing(TimeWindow::start));
        return windows;
    }
}
