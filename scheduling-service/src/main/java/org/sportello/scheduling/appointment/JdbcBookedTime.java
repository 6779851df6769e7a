package org.sportello.scheduling.appointment;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sportello.scheduling.office.OfficeId;
import org.sportello.scheduling.operator.OperatorId;
import org.sportello.scheduling.time.TimeWindow;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The claims are rows of {@code operator_booking}, one per operator of an appointment, whose
 * exclusion constraint refuses two overlapping windows of one operator. Two transactions inserting
 * overlapping rows serialise there: the second waits for the first and fails if it commits, so
 * exactly one of two racing bookings succeeds, across instances too. A failed insert aborts the
 * transaction, which the refusal then rolls back whole.
 *
 * <p>Two inserts of overlapping rows at the same moment may each find the other's uncommitted row
 * and wait for it: PostgreSQL then aborts one of them as a deadlock (40P01). The one aborted lost the
 * race for that operator's time, exactly as if it had come second, so it is answered the same 409
 * (the booking benchmark found these as 500s). Claims are taken in operator-id order, so that two
 * joint bookings never wait on each other's operators in opposite orders (STYLE.md 11: one lock order).
 */
@Component
class JdbcBookedTime implements BookedTime {

    /** PostgreSQL's exclusion_violation. */
    private static final String EXCLUSION_VIOLATION = "23P01";
    /** PostgreSQL's deadlock_detected. */
    private static final String DEADLOCK_DETECTED = "40P01";

    private final JdbcClient jdbc;

    JdbcBookedTime(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void claim(AppointmentId appointmentId, OfficeId officeId, List<BookedOperator> operators,
                      TimeWindow window) {
        List<BookedOperator> inLockOrder = operators.stream()
                .sorted(Comparator.comparing(operator -> operator.operatorId().value()))
                .toList();
        for (BookedOperator operator : inLockOrder) {
            try {
                jdbc.sql("INSERT INTO operator_booking (appointment_id, operator_id, office_id, during) "
                                + "VALUES (?, ?, ?, tstzrange(?, ?, '[)'))")
                        .params(appointmentId.value(), operator.operatorId().value(), officeId.value(),
                                Timestamp.from(window.start()), Timestamp.from(window.end()))
                        .update();
            } catch (DataIntegrityViolationException | PessimisticLockingFailureException overlap) {
                if (hasSqlState(overlap, EXCLUSION_VIOLATION) || hasSqlState(overlap, DEADLOCK_DETECTED)) {
                    throw new SlotTaken("operator " + operator.operatorId() + " was booked for that time meanwhile");
                }
                throw overlap;
            }
        }
    }

    @Override
    public void release(AppointmentId appointmentId) {
        jdbc.sql("DELETE FROM operator_booking WHERE appointment_id = ?").param(appointmentId.value()).update();
    }

    @Override
    public Map<OperatorId, List<TimeWindow>> bookedDuring(Collection<OperatorId> operators, TimeWindow during) {
        Map<OperatorId, List<TimeWindow>> booked = new LinkedHashMap<>();
        if (operators.isEmpty()) {
            return booked;
        }
        String[] ids = operators.stream().map(OperatorId::value).distinct().toArray(String[]::new);
        jdbc.sql("SELECT operator_id, lower(during) AS from_at, upper(during) AS to_at FROM operator_booking "
                        + "WHERE operator_id = ANY (?) AND during && tstzrange(?, ?, '[)') ORDER BY operator_id, lower(during)")
                .params(ids, Timestamp.from(during.start()), Timestamp.from(during.end()))
                .query((rs, n) -> {
                    booked.computeIfAbsent(new OperatorId(rs.getString("operator_id")), id -> new ArrayList<>())
                            .add(new TimeWindow(rs.getTimestamp("from_at").toInstant(), rs.getTimestamp("to_at").toInstant()));
                    return null;
                })
                .list();
        return booked;
    }

    private static boolean hasSqlState(Throwable failure, String state) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && state.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
