package org.sportello.reporting.monthlyusers;

import java.util.List;
import java.util.Set;

import org.sportello.contracts.intake.IntakeTopic;
import org.sportello.contracts.intake.v1.ContactRecorded;
import org.sportello.platform.consuming.Delivered;
import org.sportello.platform.consuming.KafkaProjection;
import org.sportello.platform.consuming.TopicProjection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Monthly users per office, from intake's {@code ContactRecorded} events.
 *
 * <p>The platform runs it (see {@link KafkaProjection}): each poll batch is one transaction in
 * which the event ids are claimed in {@code processed_event} and only the newly claimed contacts
 * are added; the offsets are committed after it, so a crash in between redelivers events that are
 * then found claimed and counted once. Restarting, replaying the topic in a new consumer group
 * into an empty database, or rebuilding the read model gives the same numbers.
 *
 * <p>It passes over {@code CitizenErased} on purpose. All it keeps of a citizen is the
 * pseudonymous {@code citizenId} in {@code monthly_office_citizen}, to count each citizen once per
 * month and office, and no query hands it out; once intake has erased the person, nothing links
 * that random id to anyone. Deleting the citizen's rows would change counts already published;
 * replacing the id would count the citizen twice when one of their contacts (keyed by case, the
 * erasure by citizen) arrives after the erasure; and a rebuild would read the same ids back from
 * the topic either way.
 */
@Component
class MonthlyUsersProjection extends TopicProjection<CountedContact> {

    static final String NAME = "monthly-users";

    private final MonthlyUsersTables tables;

    MonthlyUsersProjection(MonthlyUsersTables tables,
                           @Value("${sportello.reporting.monthly-users.group-id}") String groupId,
                           @Value("${sportello.reporting.monthly-users.concurrency:1}") int concurrency) {
        super(NAME, IntakeTopic.NAME, groupId, concurrency, Set.of(ContactRecorded.TYPE));
        this.tables = tables;
    }

    @Override
    public CountedContact read(String type, byte[] value) {
        return CountedContact.read(value);
    }

    @Override
    public void apply(List<Delivered<CountedContact>> contacts) {
        tables.add(MonthlyActivity.of(contacts.stream().map(Delivered::event).toList()));
    }

    @Override
    public List<String> tables() {
        return MonthlyUsersTables.TABLES;
    }
}
