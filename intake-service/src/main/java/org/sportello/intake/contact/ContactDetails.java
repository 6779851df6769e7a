package org.sportello.intake.contact;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.sportello.intake.appointment.AppointmentId;
import org.sportello.intake.office.OfficeId;
import org.sportello.platform.personaldata.Personal;

/**
 * What happened at a contact: where, how, who took part, the needs decoded and the outcomes.
 *
 * <p>The constructor checks nothing, because stored {@code ContactRecorded} events hold these
 * details as they were accepted then (STYLE.md 11): the commands that record a contact check
 * {@link #checkComplete()}, and the aggregates {@link #checkHappenedBy(Instant)}.
 *
 * <p>The notes are personal data: the citizen's, or for an anonymous contact the contact's own, so
 * that they are erased with the citizen (or on their own).
 *
 * <p>{@code appointmentId} names the scheduling appointment whose interview this contact is, or is
 * null. It came after the first stored events: those have no such property and read with null,
 * so {@code ContactRecorded} needed neither a new revision nor an upcaster.
 */
public record ContactDetails(OfficeId officeId, Channel channel, Instant occurredAt, List<Operator> operators,
                             List<Need> needs, List<ContactOutcome> outcomes, Personal<String> notes,
                             AppointmentId appointmentId) {

    /** Clocks of front-desk PCs drift; more than this ahead of the server is a typing error, not drift. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    public ContactDetails {
        operators = copy(operators);
        needs = copy(needs);
        outcomes = copy(outcomes);
    }

    /** A contact that is no appointment's interview. */
    public ContactDetails(OfficeId officeId, Channel channel, Instant occurredAt, List<Operator> operators,
                          List<Need> needs, List<ContactOutcome> outcomes, Personal<String> notes) {
        this(officeId, channel, occurredAt, operators, needs, outcomes, notes, null);
    }

    /**
     * Someone took part and something came of it: a contact without either is not worth counting.
     * An appointment's interview reached the office through the appointment, so its channel says so.
     */
    public void checkComplete() {
        if (operators.isEmpty()) {
            throw new IncompleteContact("operators", "at least one operator must take part in a contact");
        }
        if (outcomes.isEmpty()) {
            throw new IncompleteContact("outcomes", "a contact needs at least one outcome");
        }
        if (appointmentId != null && channel != Channel.APPOINTMENT) {
            throw new AppointmentChannelRequired(channel);
        }
    }

    /** A contact is recorded after it happened, never ahead of time. */
    public void checkHappenedBy(Instant recordedAt) {
        if (occurredAt.isAfter(recordedAt.plus(CLOCK_TOLERANCE))) {
            throw new ContactInFuture(occurredAt, recordedAt);
        }
    }

    @Override
    public String toString() {
        return "ContactDetails[officeId=" + officeId + ", channel=" + channel + ", occurredAt=" + occurredAt
                + ", appointmentId=" + appointmentId + "]";
    }

    /** Unmodifiable, and tolerant of what an old event may hold: a missing list or a null entry. */
    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
