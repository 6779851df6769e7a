package org.sportello.intake.casefile;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.sportello.intake.contact.ContactProjection;
import org.sportello.intake.contact.ContactProjection.ContactView;
import org.sportello.intake.office.OfficeId;
import org.sportello.platform.security.SportelloClaimsValidator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Cases as operators read them, and each citizen's open case as the citizen's view shows it. No
 * command relies on these rows: the rule of one open case per citizen is kept by {@link OpenCases}.
 */
@Component
@ProcessingGroup("intake-projections")
public class CaseProjection {

    /**
     * A case with its {@value #LATEST_CONTACTS} latest contacts, in the order they happened, and
     * the count of all: a case gathers contacts for as long as it is open, so the rest are read a
     * page at a time ({@code GET /api/cases/{caseId}/contacts}).
     */
    public record CaseView(
            UUID caseId, UUID citizenId,
            @Schema(maxLength = OfficeId.MAX_LENGTH, pattern = OfficeId.SLUG) String officeId,
            CaseState state, Instant openedAt,
            @Schema(description = OPERATOR_DESCRIPTION, minLength = 1, maxLength = OPERATOR_LENGTH,
                    pattern = ANY_OPERATOR) String takenInChargeBy,
            Instant takenInChargeAt,
            @Schema(description = OPERATOR_DESCRIPTION, minLength = 1, maxLength = OPERATOR_LENGTH,
                    pattern = ANY_OPERATOR) String closedBy,
            Instant closedAt, CaseClosureReason closureReason,
            @ArraySchema(maxItems = LATEST_CONTACTS, arraySchema = @Schema(
                    description = "The latest contacts, at most " + LATEST_CONTACTS + ", in the order they happened"))
            List<ContactView> contacts,
            @Schema(description = "How many contacts the case has in all", minimum = "0", maximum = "9223372036854775807")
            long contactCount) {
    }

    public static final int LATEST_CONTACTS = 20;

    /**
     * An operator id that came from a token's {@code sub} (the caller took charge, or closed the
     * case) or from a request (an administrator named the operator). The platform refuses a token
     * whose {@code sub} is blank or longer than 64 characters, but not any character in it, so the
     * document can say no more than this; OPERATOR_ID is what a request lets in.
     */
    static final String ANY_OPERATOR = "^[\\s\\S]{1,64}$";
    static final int OPERATOR_LENGTH = SportelloClaimsValidator.MAX_SUBJECT_LENGTH;
    static final String OPERATOR_DESCRIPTION = "An operator's id: a token's sub (1 to 64 characters) or, named by an "
            + "administrator, 1 to 64 letters, digits or . _ @ : -";

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
                        closureReason(rs.getString("closure_reason")),
                        contacts.latestOfCase(caseId, LATEST_CONTACTS), contacts.countOfCase(caseId)))
                .optional();
    }

    /** The citizen whose case this is, if the case exists. */
    public Optional<UUID> citizenOf(CaseId caseId) {
        return jdbc.sql("SELECT citizen_id FROM case_file WHERE case_id = ?").param(caseId.value())
                .query(UUID.class).optional();
    }

    /** A code retired since reads as UNRECOGNISED, as in the event store, instead of failing the read. */
    private static CaseClosureReason closureReason(String code) {
        if (code == null) {
            return null;
        }
        try {
            return CaseClosureReason.valueOf(code);
        } catch (IllegalArgumentException retired) {
            return CaseClosureReason.UNRECOGNISED;
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
