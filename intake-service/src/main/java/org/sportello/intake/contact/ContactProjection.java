package org.sportello.intake.contact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.sportello.intake.casefile.CaseId;
import org.sportello.intake.office.OfficeId;
import org.sportello.platform.personaldata.Personal;
import org.sportello.platform.personaldata.PersonalDataCipher;
import org.sportello.platform.personaldata.SubjectId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/** Contacts as operators read them, within a case or on their own. */
@Component
@ProcessingGroup("intake-projections")
public class ContactProjection {

    /** The limits the document gives each field are those RecordContactRequest lets in. */
    public record ContactView(
            UUID contactId, UUID citizenId, UUID caseId,
            @Schema(maxLength = OfficeId.MAX_LENGTH, pattern = OfficeId.SLUG) String officeId,
            Channel channel, Instant occurredAt, Instant recordedAt,
            @ArraySchema(minItems = 1, maxItems = RecordContactRequest.MAX_OPERATORS) List<Operator> operators,
            @ArraySchema(maxItems = UserArea.IN_USE) List<Need> needs,
            // Not uniqueItems: two codes retired since would both read as UNRECOGNISED.
            @ArraySchema(minItems = 1, maxItems = ContactOutcome.IN_USE) List<ContactOutcome> outcomes,
            @Schema(maxLength = RecordContactRequest.MAX_NOTES, pattern = RecordContactRequest.TEXT) String notes,
            @Schema(description = "The personal data of the contact's citizen (of the contact itself, if anonymous) "
                    + "was erased: notes read " + Personal.ERASED_TEXT) boolean erased,
            @Schema(description = "The scheduling appointment whose interview this contact is, or null")
            UUID appointmentId) {
    }

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final JsonMapper json;
    /**
     * Rows hold the codes of the day they were written; a code retired since reads as
     * UNRECOGNISED, as it does in the event store, instead of making the contact unreadable.
     */
    private final ObjectReader rows;

    public ContactProjection(JdbcClient jdbc, PersonalDataCipher cipher, JsonMapper json) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.json = json;
        this.rows = json.reader().with(EnumFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE);
    }

    @EventHandler
    void on(ContactRecorded event) {
        ContactDetails details = event.details();
        jdbc.sql("""
                INSERT INTO contact (contact_id, case_id, citizen_id, office_id, channel, occurred_at, recorded_at,
                                     operators, needs, outcomes, sealed_notes, appointment_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?)""")
                .params(event.contactId().value(), event.caseId() == null ? null : event.caseId().value(),
                        event.citizenId() == null ? null : event.citizenId().value(), details.officeId().value(),
                        details.channel().name(), Timestamp.from(details.occurredAt()),
                        Timestamp.from(event.recordedAt()), json.writeValueAsString(details.operators()),
                        json.writeValueAsString(details.needs()), json.writeValueAsString(details.outcomes()),
                        details.notes() == null ? null : cipher.seal(details.notes()),
                        details.appointmentId() == null ? null : details.appointmentId().value())
                .update();
    }

    public Optional<ContactView> find(ContactId contactId) {
        return jdbc.sql("SELECT * FROM contact WHERE contact_id = ?")
                .param(contactId.value())
                .query((rs, n) -> view(rs))
                .optional();
    }

    /**
     * A page of a case's contacts in the order they happened (ties by when they were recorded, then
     * by id, so that pages never overlap): {@code limit} of them from the {@code offset}-th.
     */
    public List<ContactView> pageOfCase(CaseId caseId, long offset, int limit) {
        return jdbc.sql("SELECT * FROM contact WHERE case_id = ? ORDER BY occurred_at, recorded_at, contact_id "
                        + "OFFSET ? LIMIT ?")
                .params(caseId.value(), offset, limit)
                .query((rs, n) -> view(rs))
                .list();
    }

    /** The {@code limit} latest contacts of a case, in the order they happened. */
    public List<ContactView> latestOfCase(CaseId caseId, int limit) {
        return jdbc.sql("SELECT * FROM (SELECT * FROM contact WHERE case_id = ? "
                        + "ORDER BY occurred_at DESC, recorded_at DESC, contact_id DESC LIMIT ?) latest "
                        + "ORDER BY occurred_at, recorded_at, contact_id")
                .params(caseId.value(), limit)
                .query((rs, n) -> view(rs))
                .list();
    }

    public long countOfCase(CaseId caseId) {
        return jdbc.sql("SELECT count(*) FROM contact WHERE case_id = ?").param(caseId.value()).query(Long.class).single();
    }

    private ContactView view(ResultSet rs) throws SQLException {
        UUID contactId = rs.getObject("contact_id", UUID.class);
        UUID citizenId = rs.getObject("citizen_id", UUID.class);
        SubjectId subject = SubjectId.of(citizenId == null ? contactId : citizenId);
        byte[] sealedNotes = rs.getBytes("sealed_notes");
        String notes = sealedNotes == null ? null
                : cipher.open(subject, sealedNotes, String.class).orElse(Personal.ERASED_TEXT);
        return new ContactView(contactId, citizenId,
                rs.getObject("case_id", UUID.class), rs.getString("office_id"), channel(rs.getString("channel")),
                rs.getTimestamp("occurred_at").toInstant(), rs.getTimestamp("recorded_at").toInstant(),
                rows.forType(new TypeReference<List<Operator>>() { }).readValue(rs.getString("operators")),
                rows.forType(new TypeReference<List<Need>>() { }).readValue(rs.getString("needs")),
                rows.forType(new TypeReference<List<ContactOutcome>>() { }).readValue(rs.getString("outcomes")),
                notes, cipher.isErased(subject), rs.getObject("appointment_id", UUID.class));
    }

    private static Channel channel(String code) {
        try {
            return Channel.valueOf(code);
        } catch (IllegalArgumentException retired) {
            return Channel.UNRECOGNISED;
        }
    }
}
