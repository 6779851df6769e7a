package org.sportello.referral.known;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.sportello.contracts.intake.IntakeTopic;
import org.sportello.contracts.intake.v1.CaseClosed;
import org.sportello.contracts.intake.v1.CaseOpened;
import org.sportello.platform.consuming.Delivered;
import org.sportello.platform.consuming.TopicProjection;
import org.sportello.platform.json.ContractJson;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The cases intake has published ({@code CaseOpened}, {@code CaseClosed} on
 * {@code sportello.intake.events}) into {@code known_case}: whose each is, where it was opened and
 * whether it is closed. Run by the platform like {@link KnownOfficesProjection}; rebuilt with
 * {@code POST /api/admin/read-models/known-cases/rebuild}.
 *
 * <p>Both are keyed by the case, so a case's closing arrives after its opening. An opening seen
 * again under another event id (a replay) keeps the first row; a closing keeps the first time.
 */
@Component
class KnownCasesProjection extends TopicProjection<KnownCasesProjection.CaseEvent> {

    static final String NAME = "known-cases";

    sealed interface CaseEvent {
    }

    record Opened(UUID caseId, UUID citizenId, String officeId, Instant openedAt) implements CaseEvent {
    }

    record Closed(UUID caseId, Instant closedAt) implements CaseEvent {
    }

    private final JdbcClient jdbc;

    KnownCasesProjection(JdbcClient jdbc, @Value("${sportello.referral.cases.group-id}") String groupId) {
        super(NAME, IntakeTopic.NAME, groupId, 1, Set.of(CaseOpened.TYPE, CaseClosed.TYPE));
        this.jdbc = jdbc;
    }

    @Override
    public CaseEvent read(String type, byte[] value) {
        if (type.equals(CaseOpened.TYPE)) {
            CaseOpened opened = KnownOfficesProjection.notNull(ContractJson.read(value, CaseOpened.class));
            return new Opened(opened.caseId(), opened.citizenId(), opened.officeId(), opened.openedAt());
        }
        CaseClosed closed = KnownOfficesProjection.notNull(ContractJson.read(value, CaseClosed.class));
        return new Closed(closed.caseId(), closed.closedAt());
    }

    @Override
    public void apply(List<Delivered<CaseEvent>> events) {
        for (Delivered<CaseEvent> delivered : events) {
            CaseEvent event = delivered.event();
            if (event instanceof Opened o) {
                jdbc.sql("""
                                INSERT INTO known_case (case_id, citizen_id, office_id, opened_at) VALUES (?, ?, ?, ?)
                                ON CONFLICT (case_id) DO NOTHING""")
                        .params(o.caseId(), o.citizenId(), o.officeId(), Timestamp.from(o.openedAt()))
                        .update();
            } else if (event instanceof Closed c) {
                // A closing whose opening never arrived changes nothing: a case referral does not know
                // stays unknown, and is refused as such.
                jdbc.sql("UPDATE known_case SET closed_at = ? WHERE case_id = ? AND closed_at IS NULL")
                        .params(Timestamp.from(c.closedAt()), c.caseId())
                        .update();
            }
        }
    }

    @Override
    public List<String> tables() {
        return List.of("known_case");
    }
}
