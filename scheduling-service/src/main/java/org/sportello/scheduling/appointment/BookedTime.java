package org.sportello.scheduling.appointment;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.sportello.scheduling.office.OfficeId;
import org.sportello.scheduling.operator.OperatorId;
import org.sportello.scheduling.time.TimeWindow;

/**
 * The operators' booked time: "no operator is booked twice at once" spans appointments, so it is
 * kept as claims in the command's transaction (STYLE.md 11), never read from a projection. A claim
 * is an operator's window held by one appointment; two that overlap for one operator cannot both
 * commit (PostgreSQL's exclusion constraint decides, under any concurrency).
 */
public interface BookedTime {

    /**
     * Claims the window for each operator, for the appointment, in the current transaction.
     *
     * @throws SlotTaken when any of them is booked (or being booked, by a transaction that then
     *                   commits) for a time overlapping it; the transaction must then roll back
     */
    void claim(AppointmentId appointmentId, OfficeId officeId, List<BookedOperator> operators, TimeWindow window);

    /** Frees whatever the appointment holds, in the current transaction. */
    void release(AppointmentId appointmentId);

    /** The booked windows of these operators that overlap {@code during}, per operator, in start order: one query. */
    Map<OperatorId, List<TimeWindow>> bookedDuring(Collection<OperatorId> operators, TimeWindow during);
}
