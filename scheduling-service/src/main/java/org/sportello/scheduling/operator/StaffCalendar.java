package org.sportello.scheduling.operator;

import java.time.Instant;
import java.util.List;
import org.sportello.scheduling.office.OfficeId;
import org.sportello.scheduling.time.TimeWindow;

/**
 * What appointments may ask of the staff register: who works where in which role, and when they are
 * available. Answered from the register's read model, written in the command's own transaction.
 * Whether an operator is already booked is not its business: appointments keep their own claims.
 */
public interface StaffCalendar {

    /** The operators who work at {@code office} and hold {@code role}, in id order. */
    List<OperatorId> operatorsAt(OfficeId office, OperatorRole role);

    /** Whether {@code operator} is registered, works at {@code office} and holds {@code role}. */
    boolean canServe(OperatorId operator, OperatorRole role, OfficeId office);

    /**
     * When {@code operator} is available at {@code office} between {@code from} and {@code to}: their
     * weekly pattern (local times, Europe/Rome) less their absences, as windows in start order.
     */
    List<TimeWindow> availability(OperatorId operator, OfficeId office, Instant from, Instant to);
}
