package org.sportello.reporting.appointments;

import java.util.List;
import java.util.Set;

import org.sportello.contracts.scheduling.SchedulingTopic;
import org.sportello.platform.consuming.Delivered;
import org.sportello.platform.consuming.KafkaProjection;
import org.sportello.platform.consuming.TopicProjection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Appointments per office and month, from scheduling's events.
 *
 * <p>The platform runs it (see {@link KafkaProjection}): each poll batch is one transaction in
 * which the event ids are claimed in {@code processed_event} and only the newly claimed events are
 * applied, so a redelivery counts once. Outcomes are also kept per appointment, so that an
 * appointment's outcome counts once even under another event id, and the waits' percentiles are
 * exact. Every table is a sum, a least month, a first outcome per appointment or a latest timetable
 * per date, none of which depends on the order of events with different keys: scheduling orders
 * only per key, and an appointment's request (keyed by request) may come after its booking.
 */
@Component
class AppointmentsProjection extends TopicProjection<SchedulingFact> {

    static final String NAME = "appointments";

    private final AppointmentsTables tables;

    AppointmentsProjection(AppointmentsTables tables,
                           @Value("${sportello.reporting.appointments.group-id}") String groupId,
                           @Value("${sportello.reporting.appointments.concurrency:1}") int concurrency) {
        super(NAME, SchedulingTopic.NAME, groupId, concurrency, SchedulingFacts.TYPES);
        this.tables = tables;
    }

    @Override
    public SchedulingFact read(String type, byte[] value) {
        return SchedulingFacts.read(type, value);
    }

    @Override
    public void apply(List<Delivered<SchedulingFact>> events) {
        tables.add(AppointmentActivity.of(events.stream().map(Delivered::event).toList()));
    }

    @Override
    public List<String> tables() {
        return AppointmentsTables.TABLES;
    }
}
