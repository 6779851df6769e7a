package org.sportello.reporting;

import java.util.UUID;

import org.sportello.contracts.scheduling.SchedulingTopic;
import org.sportello.contracts.scheduling.v1.AppointmentAttended;
import org.sportello.contracts.scheduling.v1.AppointmentBooked;
import org.sportello.contracts.scheduling.v1.AppointmentCancelled;
import org.sportello.contracts.scheduling.v1.AppointmentMissed;
import org.sportello.contracts.scheduling.v1.AppointmentRequested;
import org.sportello.contracts.scheduling.v1.AppointmentRescheduled;
import org.sportello.contracts.scheduling.v1.ClosureScheduled;
import org.sportello.contracts.scheduling.v1.OfficeCreated;
import org.sportello.contracts.scheduling.v1.OpeningHoursSet;
import org.sportello.contracts.scheduling.v1.WaitingListJoined;
import org.sportello.platform.json.ContractJson;

/**
 * Publishes on {@code sportello.scheduling.events} what scheduling's relay would (see
 * {@link TopicProducer}), each event under its {@code ce_type} and keyed as the contracts README
 * says: offices' events by office, requests' by request, appointments' by appointment.
 */
public final class SchedulingTopicProducer extends TopicProducer {

    public SchedulingTopicProducer() {
        super(SchedulingTopic.NAME, SchedulingTopic.SOURCE);
    }

    public static void createTopicIfMissing() {
        createTopicIfMissing(SchedulingTopic.NAME);
    }

    /** Publishes {@code event} under a new event id; returns the event id. */
    public String send(Object event) {
        String eventId = UUID.randomUUID().toString();
        send(eventId, event);
        return eventId;
    }

    /** Publishes {@code event} under {@code eventId}, as the relay does again when it redelivers. */
    public void send(String eventId, Object event) {
        send(eventId, typeOf(event), keyOf(event), ContractJson.write(event));
    }

    public static String typeOf(Object event) {
        if (event instanceof OfficeCreated) {
            return OfficeCreated.TYPE;
        } else if (event instanceof OpeningHoursSet) {
            return OpeningHoursSet.TYPE;
        } else if (event instanceof ClosureScheduled) {
            return ClosureScheduled.TYPE;
        } else if (event instanceof AppointmentRequested) {
            return AppointmentRequested.TYPE;
        } else if (event instanceof WaitingListJoined) {
            return WaitingListJoined.TYPE;
        } else if (event instanceof AppointmentBooked) {
            return AppointmentBooked.TYPE;
        } else if (event instanceof AppointmentRescheduled) {
            return AppointmentRescheduled.TYPE;
        } else if (event instanceof AppointmentCancelled) {
            return AppointmentCancelled.TYPE;
        } else if (event instanceof AppointmentAttended) {
            return AppointmentAttended.TYPE;
        } else if (event instanceof AppointmentMissed) {
            return AppointmentMissed.TYPE;
        }
        throw new IllegalArgumentException("Not a scheduling event the tests publish: " + event);
    }

    public static String keyOf(Object event) {
        if (event instanceof OfficeCreated office) {
            return office.officeId();
        } else if (event instanceof OpeningHoursSet hours) {
            return hours.officeId();
        } else if (event instanceof ClosureScheduled closure) {
            return closure.officeId();
        } else if (event instanceof AppointmentRequested request) {
            return request.requestId().toString();
        } else if (event instanceof WaitingListJoined waiting) {
            return waiting.requestId().toString();
        } else if (event instanceof AppointmentBooked booked) {
            return booked.appointmentId().toString();
        } else if (event instanceof AppointmentRescheduled rescheduled) {
            return rescheduled.appointmentId().toString();
        } else if (event instanceof AppointmentCancelled cancelled) {
            return cancelled.appointmentId().toString();
        } else if (event instanceof AppointmentAttended attended) {
            return attended.appointmentId().toString();
        } else if (event instanceof AppointmentMissed missed) {
            return missed.appointmentId().toString();
        }
        throw new IllegalArgumentException("Not a scheduling event the tests publish: " + event);
    }
}
