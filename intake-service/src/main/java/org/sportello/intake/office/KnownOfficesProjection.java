package org.sportello.intake.office;

import java.sql.Timestamp;
import java.util.List;
import java.util.Set;

import org.sportello.contracts.scheduling.SchedulingTopic;
import org.sportello.contracts.scheduling.v1.OfficeCreated;
import org.sportello.platform.consuming.Delivered;
import org.sportello.platform.consuming.KafkaProjection;
import org.sportello.platform.consuming.TopicProjection;
import org.sportello.platform.consuming.UnusableEvent;
import org.sportello.platform.json.ContractJson;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The offices scheduling has published, from its {@code OfficeCreated} events, into
 * {@code known_office}. The platform runs it ({@link KafkaProjection}): its own consumer group,
 * idempotent by {@code ce_id}, one transaction per poll batch, and a record it cannot use (not a
 * CloudEvent, not the contract's shape, an office id intake refuses) goes to
 * {@code sportello.scheduling.events.dlt} without stopping the others.
 *
 * <p>An office created twice under two event ids keeps the first row: scheduling answers 409 to a
 * second creation, so a second event can only be a replay. Administrators can rebuild the table
 * ({@code POST /api/admin/read-models/known-offices/rebuild}), e.g. after restoring intake's
 * database from a backup older than the consumer group's offsets.
 */
@Component
class KnownOfficesProjection extends TopicProjection<KnownOffice> {

    static final String NAME = "known-offices";
    static final String TABLE = "known_office";

    private final JdbcClient jdbc;

    KnownOfficesProjection(JdbcClient jdbc, @Value("${sportello.intake.offices.group-id}") String groupId) {
        super(NAME, SchedulingTopic.NAME, groupId, 1, Set.of(OfficeCreated.TYPE));
        this.jdbc = jdbc;
    }

    @Override
    public KnownOffice read(String type, byte[] value) {
        OfficeCreated created = ContractJson.read(value, OfficeCreated.class);
        if (created == null) {
            throw new UnusableEvent("the value is JSON null");
        }
        OfficeId officeId = new OfficeId(created.officeId());
        // The contract's pattern has no length and does not reserve "all": an id that intake would
        // refuse in a request could never be named by a contact, and would not fit known_office.
        if (!officeId.isWellFormed()) {
            throw new UnusableEvent("officeId '" + created.officeId() + "' is not an office id intake accepts");
        }
        if (created.municipalityId() == null || created.municipalityId().length() > OfficeId.MAX_LENGTH) {
            throw new UnusableEvent("municipalityId is missing or longer than " + OfficeId.MAX_LENGTH + " characters");
        }
        return new KnownOffice(officeId, created.municipalityId(), created.kind().name(), created.name(),
                created.createdAt());
    }

    @Override
    public void apply(List<Delivered<KnownOffice>> events) {
        for (Delivered<KnownOffice> delivered : events) {
            KnownOffice office = delivered.event();
            jdbc.sql("""
                            INSERT INTO known_office (office_id, municipality_id, kind, name, since)
                            VALUES (?, ?, ?, ?, ?)
                            ON CONFLICT (office_id) DO NOTHING""")
                    .params(office.officeId().value(), office.municipalityId(), office.kind(), office.name(),
                            Timestamp.from(office.since()))
                    .update();
        }
    }

    @Override
    public List<String> tables() {
        return List.of(TABLE);
    }
}
