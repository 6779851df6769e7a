package org.sportello.referral.known;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.sportello.contracts.scheduling.SchedulingTopic;
import org.sportello.contracts.scheduling.v1.DistrictCreated;
import org.sportello.contracts.scheduling.v1.MunicipalityCreated;
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
 * The office registry scheduling has published ({@code DistrictCreated}, {@code MunicipalityCreated},
 * {@code OfficeCreated} on {@code sportello.scheduling.events}) into {@code known_district},
 * {@code known_municipality} and {@code known_office}. The platform runs it ({@link KafkaProjection}):
 * its own consumer group, idempotent by {@code ce_id}, one transaction per poll batch, and a record it
 * cannot use (not the contract's shape, an id no request here could name) goes to
 * {@code sportello.scheduling.events.dlt} without stopping the others.
 *
 * <p>One projection for the three, so that a rebuild
 * ({@code POST /api/admin/read-models/known-offices/rebuild}) replays them together. Scheduling
 * answers 409 to a second creation of an id, so an id published twice under two event ids is a
 * replay: the first row stays. Each is keyed by its own id, so an office may arrive before its
 * municipality; {@link JdbcKnownOffices} joins them when it reads.
 */
@Component
class KnownOfficesProjection extends TopicProjection<KnownOfficesProjection.Entry> {

    static final String NAME = "known-offices";

    /** What the registry says, one of three. */
    sealed interface Entry {
    }

    record District(String districtId, String name, Instant createdAt) implements Entry {
    }

    record Municipality(String municipalityId, String districtId, String name, Instant createdAt) implements Entry {
    }

    record Office(String officeId, String municipalityId, KnownOffice.OfficeKind kind, String name,
                  Instant createdAt) implements Entry {
    }

    private final JdbcClient jdbc;

    KnownOfficesProjection(JdbcClient jdbc, @Value("${sportello.referral.offices.group-id}") String groupId) {
        super(NAME, SchedulingTopic.NAME, groupId, 1,
                Set.of(DistrictCreated.TYPE, MunicipalityCreated.TYPE, OfficeCreated.TYPE));
        this.jdbc = jdbc;
    }

    @Override
    public Entry read(String type, byte[] value) {
        if (type.equals(DistrictCreated.TYPE)) {
            DistrictCreated created = notNull(ContractJson.read(value, DistrictCreated.class));
            return new District(slug("districtId", created.districtId()), created.name(), created.createdAt());
        }
        if (type.equals(MunicipalityCreated.TYPE)) {
            MunicipalityCreated created = notNull(ContractJson.read(value, MunicipalityCreated.class));
            return new Municipality(slug("municipalityId", created.municipalityId()),
                    slug("districtId", created.districtId()), created.name(), created.createdAt());
        }
        OfficeCreated created = notNull(ContractJson.read(value, OfficeCreated.class));
        return new Office(slug("officeId", created.officeId()), slug("municipalityId", created.municipalityId()),
                KnownOffice.OfficeKind.valueOf(created.kind().name()), created.name(), created.createdAt());
    }

    @Override
    public void apply(List<Delivered<Entry>> events) {
        for (Delivered<Entry> delivered : events) {
            Entry entry = delivered.event();
            if (entry instanceof District d) {
                jdbc.sql("""
                                INSERT INTO known_district (district_id, name, created_at) VALUES (?, ?, ?)
                                ON CONFLICT (district_id) DO NOTHING""")
                        .params(d.districtId(), d.name(), Timestamp.from(d.createdAt()))
                        .update();
            } else if (entry instanceof Municipality m) {
                jdbc.sql("""
                                INSERT INTO known_municipality (municipality_id, district_id, name, created_at)
                                VALUES (?, ?, ?, ?) ON CONFLICT (municipality_id) DO NOTHING""")
                        .params(m.municipalityId(), m.districtId(), m.name(), Timestamp.from(m.createdAt()))
                        .update();
            } else if (entry instanceof Office o) {
                jdbc.sql("""
                                INSERT INTO known_office (office_id, municipality_id, kind, name, created_at)
                                VALUES (?, ?, ?, ?, ?) ON CONFLICT (office_id) DO NOTHING""")
                        .params(o.officeId(), o.municipalityId(), o.kind().name(), o.name(),
                                Timestamp.from(o.createdAt()))
                        .update();
            }
        }
    }

    @Override
    public List<String> tables() {
        return List.of("known_district", "known_municipality", "known_office");
    }

    static <T> T notNull(T event) {
        if (event == null) {
            throw new UnusableEvent("the value is JSON null");
        }
        return event;
    }

    // The contract's pattern has no length; an id longer than a request here may name could never be used.
    private static String slug(String field, String value) {
        if (!Slug.isSlug(value)) {
            throw new UnusableEvent(field + " '" + value + "' is not a slug of at most " + Slug.MAX_LENGTH
                    + " characters, which no request here could name");
        }
        return value;
    }
}
