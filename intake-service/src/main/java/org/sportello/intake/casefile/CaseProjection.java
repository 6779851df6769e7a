package org.sportello.intake.casefile;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.sportello.intake.contact.ContactProjection;
import org.sportello.intake.contact.ContactProjection.ContactView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Cases as operators read them, and each citizen's open case as the citizen's view shows it. No
 * command relies on these rows: the rule of one open case per citizen is kept by {@link OpenCases}.
 */
@Component
@ProcessingGroup("intake-projections")
public class CaseProjection {

    public record CaseView(UUID caseId, UUID citizenId, String officeId, CaseState state, Instant openedAt,
                           String takenInChargeBy, Instant takenInChargeAt, String closedBy, Instant closedAt,
                           String closureReason, List<ContactView> contacts) {
    }

    private final JdbcClient jdbc;
    private final ContactProjection contacts;

    public CaseProjection(JdbcClient jdbc, ContactProjection contacts) {
        this.jdbc = jdbc;
        this.contacts = contacts;
    }

    @EventHandler
    void on(CaseOpened event) {
        jdbc.sql("INSERT INTO case_file (case_id, citizen_id, office_id, state, opened_at) VALUES (?, ?, ?, ?, ?)")
                .params(event.caseId().value(), event.citizenId().value(), event.officeId().value(),
                        CaseState.OPEN.name(), Timestamp.from(event.openedAt()))
                .update();
        jdbc.sql("UPDATE citizen SET open_case_id = ? WHERE citizen_id = ?")
                .params(event.caseId().value(), event.citizenId().value())
                .update();
    }

    @EventHandler
    void on(CaseTakenInCharge event) {
        jdbc.sql("UPDATE case_file SET state = ?, taken_in_charge_by = ?, taken_in_charge_at = ? WHERE case_id = ?")
                .params(CaseState.IN_CHARGE.name(), event.operatorId(), Timestamp.from(event.takenInChargeAt()),
                        event.caseId().value())
                .update();
    }

    @EventHandler
    void on(CaseClosed event) {
        jdbc.sql("UPDATE case_file SET state = ?, closed_by = ?, closed_at = ?, closure_reason = ? WHERE case_id = ?")
                .params(CaseState.CLOSED.name(), event.operatorId(), Timestamp.from(event.closedAt()),
                        event.reason().name(), event.caseId().value())
                .update();
        jdbc.sql("UPDATE citizen SET open_case_id = NULL WHERE citizen_id = ? AND open_case_id = ?")
                .params(event.citizenId().value(), event.caseId().value())
                .update();
    }

    public boolean exists(CaseId caseId) {
        return jdbc.sql("SELECT 1 FROM case_file WHERE case_id = ?").param(caseId.value()).query().optionalValue().isPresent();
    }

    public Optional<CaseView> find(CaseId caseId) {
        return jdbc.sql("SELECT * FROM case_file WHERE case_id = ?")
                .param(caseId.value())
                .query((rs, n) -> new CaseView(rs.getObject("case_id", UUID.class),
                        rs.getObject("citizen_id", UUID.class), rs.getString("office_id"),
                        CaseState.valueOf(rs.getString("state")), instant(rs.getTimestamp("opened_at")),
                        rs.getString("taken_in_charge_by"), instant(rs.getTimestamp("taken_in_charge_at")),
                        rs.getString("closed_by"), instant(rs.getTimestamp("closed_at")),
                        rs.getString("closure_reason"), contacts.ofCase(caseId)))
                .optional();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
