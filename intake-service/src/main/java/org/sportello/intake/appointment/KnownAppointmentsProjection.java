package org.sportello.intake.appointment;

import java.util.List;
import java.util.Set;

import org.sportello.contracts.scheduling.SchedulingTopic;
import org.sportello.contracts.scheduling.v1.AppointmentBooked;
import org.sportello.contracts.scheduling.v1.AppointmentCancelled;
import org.sportello.contracts.scheduling.v1.AppointmentRescheduled;
import org.sportello.intake.office.OfficeId;
import org.sportello.platform.consuming.Delivered;
import org.sportello.platform.consuming.KafkaProjection;
import org.sportello.platform.consuming.TopicProjection;
import org.sportello.platform.consuming.UnusableEvent;
import org.sportello.platform.json.ContractJson;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The appointments scheduling has booked, moved and cancelled, into {@code known_appointment}: an
 * appointment's office and citizen, which a contact recorded with its id must match. Run by the
 * platform as {@code KnownOfficesProjection} is (own consumer group, idempotent by {@code ce_id},
 * dead letters). An appointment's events share its key, so they arrive in order; a move or a
 * cancellation of an appointment intake never saw booked (its booking was a dead letter) changes
 * nothing.
 *
 * <p>Only these three events: {@code AppointmentAttended} is not made into a contact here. The
 * operator records the interview's contact, with its needs and outcomes, naming the appointment;
 * a contact made from the attendance as well would count the interview twice.
 *
 * <p>A rebuild empties {@code known_appointment} only: which contact claimed an appointment
 * ({@code appointment_contact_claim}) is a command-side fact that no Kafka event holds.
 */
@Component
class KnownAppointmentsProjection extends TopicProjection<KnownAppointment> {

    static final String NAME = "known-appointments";
    static final String TABLE = "known_appointment";

    private final JdbcClient jdbc;

    KnownAppointmentsProjection(JdbcClient jdbc, @Value("${sportello.intake.appointments.group-id}") String groupId) {
        super(NAME, SchedulingTopic.NAME, groupId, 1,
                Set.of(AppointmentBooked.TYPE, AppointmentRescheduled.TYPE, AppointmentCancelled.TYPE));
        this.jdbc = jdbc;
    }

    @Override
    public KnownAppointment read(String type, byte[] value) {
        return switch (type) {
            case AppointmentBooked.TYPE -> {
                AppointmentBooked booked = read(value, AppointmentBooked.class);
                yield new KnownAppointment.Booked(new AppointmentId(booked.appointmentId()),
                        office(booked.officeId()), booked.citizenId());
            }
            case AppointmentRescheduled.TYPE -> {
                AppointmentRescheduled moved = read(value, AppointmentRescheduled.class);
                yield new KnownAppointment.Rescheduled(new AppointmentId(moved.appointmentId()), office(moved.officeId()));
            }
            case AppointmentCancelled.TYPE -> new KnownAppointment.Cancelled(
                    new AppointmentId(read(value, AppointmentCancelled.class).appointmentId()));
            default -> throw new UnusableEvent("known-appointments does not apply " + type);
        };
    }

    @Override
    public void apply(List<Delivered<KnownAppointment>> events) {
        for (Delivered<KnownAppointment> delivered : events) {
            KnownAppointment event = delivered.event();
            if (event instanceof KnownAppointment.Booked booked) {
                jdbc.sql("""
                                INSERT INTO known_appointment (appointment_id, office_id, citizen_id, cancelled)
                                VALUES (?, ?, ?, false)
                                ON CONFLICT (appointment_id) DO NOTHING""")
                        .params(booked.appointmentId().value(), booked.officeId(), booked.citizenId())
                        .update();
            } else if (event instanceof KnownAppointment.Rescheduled moved) {
                jdbc.sql("UPDATE known_appointment SET office_id = ? WHERE appointment_id = ?")
                        .params(moved.officeId(), moved.appointmentId().value())
                        .update();
            } else if (event instanceof KnownAppointment.Cancelled cancelled) {
                jdbc.sql("UPDATE known_appointment SET cancelled = true WHERE appointment_id = ?")
                        .param(cancelled.appointmentId().value())
                        .update();
            }
        }
    }

    @Override
    public List<String> tables() {
        return List.of(TABLE);
    }

    private static <T> T read(byte[] value, Class<T> type) {
        T event = ContractJson.read(value, type);
        if (event == null) {
            throw new UnusableEvent("the value is JSON null");
        }
        return event;
    }

    /** An office id no contact could name (too long, or "all") would never match one; refused as a contact's would be. */
    private static String office(String officeId) {
        if (!new OfficeId(officeId).isWellFormed()) {
            throw new UnusableEvent("officeId '" + officeId + "' is not an office id intake accepts");
        }
        return officeId;
    }
}
