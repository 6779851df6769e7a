package org.sportello.scheduling.publishing;

import java.util.List;
import java.util.Optional;

import org.sportello.contracts.scheduling.v1.AppointmentAttended;
import org.sportello.contracts.scheduling.v1.AppointmentBooked;
import org.sportello.contracts.scheduling.v1.AppointmentCancelled;
import org.sportello.contracts.scheduling.v1.AppointmentMissed;
import org.sportello.contracts.scheduling.v1.AppointmentRequested;
import org.sportello.contracts.scheduling.v1.AppointmentRescheduled;
import org.sportello.contracts.scheduling.v1.CancelledBy;
import org.sportello.contracts.scheduling.v1.Operator;
import org.sportello.contracts.scheduling.v1.OperatorRole;
import org.sportello.contracts.scheduling.v1.RequestChannel;
import org.sportello.contracts.scheduling.v1.WaitingListJoined;
import org.sportello.scheduling.appointment.BookedOperator;

/**
 * Appointment events as published contracts (scheduling v1). What stays inside: an anonymous
 * caller's callback number (personal data, sealed), a cancellation's reason (free text), the offers
 * made to waiting requests and a request's own note that it was booked (the appointment's
 * {@code AppointmentBooked} says it), and the erasure of a callback number, which no one outside
 * ever saw.
 *
 * <p>Codes map by name in a {@code switch} without a default: a code added inside does not compile
 * until someone decides here how, or whether, it is published.
 */
final class AppointmentContracts {

    private AppointmentContracts() {
    }

    /** The contract for {@code internalEvent}, or empty when it is not one of these. */
    static Optional<Object> translate(Object internalEvent, String recordedBy) {
        if (internalEvent instanceof org.sportello.scheduling.appointment.AppointmentRequested e) {
            return Optional.of(new AppointmentRequested(e.requestId().value(), e.officeId().value(), e.citizenId(),
                    channel(e.requestedVia()), e.requiredRoles().stream().map(AppointmentContracts::role).toList(),
                    e.durationMinutes(), e.requestedAt(), recordedBy));
        }
        if (internalEvent instanceof org.sportello.scheduling.appointment.WaitingListJoined e) {
            return Optional.of(new WaitingListJoined(e.requestId().value(), e.officeId().value(), e.joinedAt()));
        }
        if (internalEvent instanceof org.sportello.scheduling.appointment.AppointmentBooked e) {
            return Optional.of(new AppointmentBooked(e.appointmentId().value(), e.requestId().value(),
                    e.officeId().value(), e.citizenId(), e.start(), e.end(), operators(e.operators()), e.requestedAt(),
                    e.bookedAt(), recordedBy));
        }
        if (internalEvent instanceof org.sportello.scheduling.appointment.AppointmentRescheduled e) {
            return Optional.of(new AppointmentRescheduled(e.appointmentId().value(), e.officeId().value(), e.start(),
                    e.end(), operators(e.operators()), e.rescheduledAt(), recordedBy));
        }
        if (internalEvent instanceof org.sportello.scheduling.appointment.AppointmentCancelled e) {
            return Optional.of(new AppointmentCancelled(e.appointmentId().value(), e.officeId().value(), by(e.by()),
                    e.cancelledAt(), recordedBy));
        }
        if (internalEvent instanceof org.sportello.scheduling.appointment.AppointmentAttended e) {
            return Optional.of(new AppointmentAttended(e.appointmentId().value(), e.officeId().value(), e.citizenId(),
                    e.start(), e.requestedAt(), e.recordedAt(), recordedBy));
        }
        if (internalEvent instanceof org.sportello.scheduling.appointment.AppointmentMissed e) {
            return Optional.of(new AppointmentMissed(e.appointmentId().value(), e.officeId().value(), e.start(),
                    e.requestedAt(), e.recordedAt(), recordedBy));
        }
        return Optional.empty();
    }

    private static List<Operator> operators(List<BookedOperator> operators) {
        return operators.stream().map(o -> new Operator(o.operatorId().value(), role(o.role()))).toList();
    }

    private static OperatorRole role(org.sportello.scheduling.operator.OperatorRole role) {
        return switch (role) {
            case SOCIAL_WORKER -> OperatorRole.SOCIAL_WORKER;
            case EDUCATOR -> OperatorRole.EDUCATOR;
            case ADMINISTRATIVE -> OperatorRole.ADMINISTRATIVE;
            case PARTNER_VOLUNTEER -> OperatorRole.PARTNER_VOLUNTEER;
        };
    }

    private static RequestChannel channel(org.sportello.scheduling.appointment.RequestChannel channel) {
        return switch (channel) {
            case ONLINE -> RequestChannel.ONLINE;
            case PHONE_LINE -> RequestChannel.PHONE_LINE;
            case DESK -> RequestChannel.DESK;
        };
    }

    private static CancelledBy by(org.sportello.scheduling.appointment.CancelledBy by) {
        return switch (by) {
            case CITIZEN -> CancelledBy.CITIZEN;
            case OFFICE -> CancelledBy.OFFICE;
        };
    }
}
