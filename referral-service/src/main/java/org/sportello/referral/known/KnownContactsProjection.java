package org.sportello.referral.known;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.sportello.contracts.intake.IntakeTopic;
import org.sportello.contracts.intake.v1.Channel;
import org.sportello.contracts.intake.v1.ContactRecorded;
import org.sportello.platform.consuming.Delivered;
import org.sportello.platform.consuming.TopicProjection;
import org.sportello.platform.json.ContractJson;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Partner desks' orientation contacts as intake published them ({@code ContactRecorded} with
 * channel {@code PARTNER_DESK} on {@code sportello.intake.events}) into {@code known_desk_contact}:
 * the contact's id, the desk, who recorded it and when. Nothing of its needs, outcomes or citizen:
 * a desk referral names the contact, and the rest stays intake's. Contacts of other channels are
 * passed over (empty). Rebuilt with {@code POST /api/admin/read-models/known-desk-contacts/rebuild}.
 */
@Component
class KnownContactsProjection extends TopicProjection<Optional<KnownContactsProjection.DeskContact>> {

    static final String NAME = "known-desk-contacts";

    record DeskContact(UUID contactId, String officeId, String recordedBy, Instant occurredAt) {
    }

    private final JdbcClient jdbc;

    KnownContactsProjection(JdbcClient jdbc, @Value("${sportello.referral.contacts.group-id}") String groupId) {
        super(NAME, IntakeTopic.NAME, groupId, 1, Set.of(ContactRecorded.TYPE));
        this.jdbc = jdbc;
    }

    @Override
    public Optional<DeskContact> read(String type, byte[] value) {
        ContactRecorded recorded = KnownOfficesProjection.notNull(ContractJson.read(value, ContactRecorded.class));
        if (recorded.channel() != Channel.PARTNER_DESK) {
            return Optional.empty();
        }
        return Optional.of(new DeskContact(recorded.contactId(), recorded.officeId(), recorded.recordedBy(),
                recorded.occurredAt()));
    }

    @Override
    public void apply(List<Delivered<Optional<DeskContact>>> events) {
        for (Delivered<Optional<DeskContact>> delivered : events) {
            delivered.event().ifPresent(contact -> jdbc.sql("""
                            INSERT INTO known_desk_contact (contact_id, office_id, recorded_by, occurred_at)
                            VALUES (?, ?, ?, ?) ON CONFLICT (contact_id) DO NOTHING""")
                    .params(contact.contactId(), contact.officeId(), contact.recordedBy(),
                            Timestamp.from(contact.occurredAt()))
                    .update());
        }
    }

    @Override
    public List<String> tables() {
        return List.of("known_desk_contact");
    }
}
