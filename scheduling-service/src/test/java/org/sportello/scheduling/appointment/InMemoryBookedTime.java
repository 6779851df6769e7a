package org.sportello.scheduling.appointment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sportello.scheduling.office.OfficeId;
import org.sportello.scheduling.operator.OperatorId;
import org.sportello.scheduling.time.TimeWindow;

/** Claims of operator time in memory, refusing overlaps as the database's exclusion constraint does. */
class InMemoryBookedTime implements BookedTime {

    record Claim(AppointmentId appointmentId, OperatorId operatorId, TimeWindow window) {
    }

    final List<Claim> claims = new ArrayList<>();

    @Override
    public void claim(AppointmentId appointmentId, OfficeId officeId, List<BookedOperator> operators, TimeWindow window) {
        for (BookedOperator operator : operators) {
            boolean taken = claims.stream().anyMatch(c -> c.operatorId().equals(operator.operatorId())
                    && c.window().overlaps(window));
            if (taken) {
                throw new SlotTaken("operator " + operator.operatorId() + " is booked then");
            }
        }
        operators.forEach(operator -> claims.add(new Claim(appointmentId, operator.operatorId(), window)));
    }

    @Override
    public void release(AppointmentId appointmentId) {
        claims.removeIf(claim -> claim.appointmentId().equals(appointmentId));
    }

    @Override
    public Map<OperatorId, List<TimeWindow>> bookedDuring(Collection<OperatorId> operators, TimeWindow during) {
        Map<OperatorId, List<TimeWindow>> booked = new LinkedHashMap<>();
        claims.stream().filter(c -> operators.contains(c.operatorId()) && c.window().overlaps(during))
                .sorted(Comparator.comparing(c -> c.window().start()))
                .forEach(c -> booked.computeIfAbsent(c.operatorId(), id -> new ArrayList<>()).add(c.window()));
        return booked;
    }

    List<Claim> of(AppointmentId appointmentId) {
        return claims.stream().filter(c -> c.appointmentId().equals(appointmentId)).toList();
    }
}
