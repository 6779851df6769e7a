package org.sportello.scheduling.operator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.sportello.scheduling.office.OfficeId;
import org.sportello.scheduling.operator.OperatorProjection.WeeklyView;
import org.sportello.scheduling.time.OfficeTime;
import org.sportello.scheduling.time.TimeWindow;
import org.springframework.stereotype.Component;

/** {@link StaffCalendar} over the staff register's read model. */
@Component
class JdbcStaffCalendar implements StaffCalendar {

    private final OperatorProjection operators;

    JdbcStaffCalendar(OperatorProjection operators) {
        this.operators = operators;
    }

    @Override
    public List<OperatorId> operatorsAt(OfficeId office, OperatorRole role) {
        return operators.operatorsAt(office, role);
    }

    @Override
    public boolean canServe(OperatorId operator, OperatorRole role, OfficeId office) {
        return operators.canServe(operator, role, office);
    }

    /**
     * Each local date the range touches, the weekly windows at {@code office} of its day of week, unless
     * an absence covers the date; converted to instants on that date (so right across a daylight-saving
     * change) and cut to {@code from}..{@code to}.
     */
    @Override
    public List<TimeWindow> availability(OperatorId operator, OfficeId office, Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return List.of();
        }
        List<WeeklyView> weekly = operators.weekly(operator.value()).stream()
                .filter(window -> window.officeId().equals(office.value()))
                .toList();
        if (weekly.isEmpty()) {
            return List.of();
        }
        List<Absence> absences = operators.absences(operator.value());
        LocalDate first = from.atZone(OfficeTime.ZONE).toLocalDate();
        LocalDate last = to.atZone(OfficeTime.ZONE).toLocalDate();
        List<TimeWindow> windows = new ArrayList<>();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            LocalDate day = date;
            if (absences.stream().anyMatch(absence -> absence.covers(day))) {
                continue;
            }
            for (WeeklyView window : weekly) {
                if (window.dayOfWeek() != day.getDayOfWeek()) {
                    continue;
                }
                Instant start = day.atTime(window.from()).atZone(OfficeTime.ZONE).toInstant();
                Instant end = day.atTime(window.to()).atZone(OfficeTime.ZONE).toInstant();
                Instant cutStart = start.isBefore(from) ? from : start;
                Instant cutEnd = end.isAfter(to) ? to : end;
                if (cutEnd.isAfter(cutStart)) {
                    windows.add(new TimeWindow(cutStart, cutEnd));
                }
            }
        }
        windows.sort(Comparator.comparing(TimeWindow::start));
        return windows;
    }
}
