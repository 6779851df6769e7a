package org.sportello.scheduling.operator;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonFormat;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.sportello.platform.personaldata.Personal;
import org.sportello.platform.personaldata.PersonalDataCipher;
import org.sportello.scheduling.SchedulingProjections;
import org.sportello.scheduling.office.OfficeId;
import org.sportello.scheduling.office.OfficeRequests;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The staff register, as administrators read it and appointments ask it who can serve where and
 * when; written in the command's own transaction (subscribing group).
 */
@Component
@ProcessingGroup(SchedulingProjections.GROUP)
public class OperatorProjection {

    /**
     * An operator as administrators see them. {@code name} is null when none was kept, and reads
     * {@value Personal#ERASED_TEXT} once it was erased ({@code nameErased}).
     */
    public record OperatorView(
            @Schema(maxLength = OperatorId.MAX_LENGTH, pattern = OperatorRequests.OPERATOR_ID) String operatorId,
            @Schema(maxLength = OfficeRequests.MAX_TEXT, pattern = OfficeRequests.ONE_LINE) String name,
            boolean nameErased,
            @ArraySchema(maxItems = 4) List<OperatorRole> roles,
            @Schema(maxLength = OfficeRequests.MAX_TEXT, pattern = OfficeRequests.ONE_LINE) String employer,
            @ArraySchema(maxItems = OperatorRequests.MAX_ENTRIES,
                    schema = @Schema(maxLength = OfficeId.MAX_LENGTH, pattern = OfficeId.SLUG)) List<String> offices,
            @ArraySchema(maxItems = OperatorRequests.MAX_ENTRIES) List<WeeklyView> weekly,
            @ArraySchema(maxItems = OperatorRequests.MAX_ENTRIES) List<Absence> absences,
            Instant registeredAt) {
    }

    public record WeeklyView(DayOfWeek dayOfWeek, @JsonFormat(pattern = "HH:mm") @Schema(type = "string", maxLength = OfficeRequests.TIME_LENGTH, pattern = OfficeRequests.TIME, example = "09:00") LocalTime from,
                             @JsonFormat(pattern = "HH:mm") @Schema(type = "string", maxLength = OfficeRequests.TIME_LENGTH, pattern = OfficeRequests.TIME, example = "09:00") LocalTime to,
                             @Schema(maxLength = OfficeId.MAX_LENGTH, pattern = OfficeId.SLUG) String officeId) {
    }

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    public OperatorProjection(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @EventHandler
    void on(OperatorRegistered event) {
        String id = event.operatorId().value();
        jdbc.sql("INSERT INTO operator (operator_id, name, employer, registered_at) VALUES (?, ?, ?, ?)")
                .params(id, event.name() == null ? null : cipher.seal(event.name()), event.employer(),
                        Timestamp.from(event.registeredAt()))
                .update();
        for (OperatorRole role : event.roles()) {
            jdbc.sql("INSERT INTO operator_role (operator_id, role) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .params(id, role.name()).update();
        }
        for (OfficeId office : event.offices()) {
            jdbc.sql("INSERT INTO operator_office (operator_id, office_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .params(id, office.value()).update();
        }
    }

    /**
     * Roles and offices replaced; the weekly windows dropped with the change go, so that appointments
     * (through {@link StaffCalendar}) stop proposing the operator where they no longer work at once.
     */
    @EventHandler
    void on(OperatorChanged event) {
        String id = event.operatorId().value();
        jdbc.sql("UPDATE operator SET employer = ? WHERE operator_id = ?").params(event.employer(), id).update();
        jdbc.sql("DELETE FROM operator_role WHERE operator_id = ?").param(id).update();
        for (OperatorRole role : event.roles()) {
            jdbc.sql("INSERT INTO operator_role (operator_id, role) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .params(id, role.name()).update();
        }
        jdbc.sql("DELETE FROM operator_office WHERE operator_id = ?").param(id).update();
        for (OfficeId office : event.offices()) {
            jdbc.sql("INSERT INTO operator_office (operator_id, office_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .params(id, office.value()).update();
        }
        for (WeeklyAvailability window : event.droppedWindows()) {
            jdbc.sql("DELETE FROM operator_weekly WHERE operator_id = ? AND day_of_week = ? AND from_time = ? "
                            + "AND to_time = ? AND office_id = ?")
                    .params(id, window.dayOfWeek().getValue(), window.from(), window.to(), window.officeId().value())
                    .update();
        }
    }

    @EventHandler
    void on(AvailabilitySet event) {
        String id = event.operatorId().value();
        jdbc.sql("DELETE FROM operator_weekly WHERE operator_id = ?").param(id).update();
        jdbc.sql("DELETE FROM operator_absence WHERE operator_id = ?").param(id).update();
        for (int i = 0; i < event.weekly().size(); i++) {
            WeeklyAvailability window = event.weekly().get(i);
            jdbc.sql("INSERT INTO operator_weekly (operator_id, window_index, day_of_week, from_time, to_time, office_id) "
                            + "VALUES (?, ?, ?, ?, ?, ?)")
                    .params(id, i, window.dayOfWeek().getValue(), window.from(), window.to(), window.officeId().value())
                    .update();
        }
        for (int i = 0; i < event.absences().size(); i++) {
            Absence absence = event.absences().get(i);
            jdbc.sql("INSERT INTO operator_absence (operator_id, absence_index, from_date, to_date) VALUES (?, ?, ?, ?)")
                    .params(id, i, absence.from(), absence.to())
                    .update();
        }
    }

    public Optional<OperatorView> find(OperatorId operatorId) {
        String id = operatorId.value();
        record Row(byte[] name, String employer, Instant registeredAt) {
        }
        Optional<Row> row = jdbc.sql("SELECT name, employer, registered_at FROM operator WHERE operator_id = ?")
                .param(id)
                .query((rs, n) -> new Row(rs.getBytes("name"), rs.getString("employer"),
                        rs.getTimestamp("registered_at").toInstant()))
                .optional();
        return row.map(r -> {
            Personal<String> name = r.name() == null ? null
                    : cipher.open(OperatorSubject.of(operatorId), r.name(), String.class);
            return new OperatorView(id, name == null ? null : name.orElse(Personal.ERASED_TEXT),
                    name != null && name.isErased(), roles(id), r.employer(), offices(id), weekly(id), absences(id),
                    r.registeredAt());
        });
    }

    List<OperatorRole> roles(String operatorId) {
        return jdbc.sql("SELECT role FROM operator_role WHERE operator_id = ? ORDER BY role").param(operatorId)
                .query((rs, n) -> OperatorRole.valueOf(rs.getString(1))).list();
    }

    List<String> offices(String operatorId) {
        return jdbc.sql("SELECT office_id FROM operator_office WHERE operator_id = ? ORDER BY office_id")
                .param(operatorId).query(String.class).list();
    }

    List<WeeklyView> weekly(String operatorId) {
        return jdbc.sql("SELECT day_of_week, from_time, to_time, office_id FROM operator_weekly WHERE operator_id = ? "
                        + "ORDER BY day_of_week, from_time")
                .param(operatorId)
                .query((rs, n) -> new WeeklyView(DayOfWeek.of(rs.getInt("day_of_week")),
                        rs.getObject("from_time", LocalTime.class), rs.getObject("to_time", LocalTime.class),
                        rs.getString("office_id")))
                .list();
    }

    List<Absence> absences(String operatorId) {
        return jdbc.sql("SELECT from_date, to_date FROM operator_absence WHERE operator_id = ? ORDER BY from_date")
                .param(operatorId)
                .query((rs, n) -> new Absence(rs.getObject("from_date", LocalDate.class),
                        rs.getObject("to_date", LocalDate.class)))
                .list();
    }

    List<OperatorId> operatorsAt(OfficeId office, OperatorRole role) {
        return jdbc.sql("SELECT o.operator_id FROM operator_office o JOIN operator_role r ON r.operator_id = o.operator_id "
                        + "WHERE o.office_id = ? AND r.role = ? ORDER BY o.operator_id")
                .params(office.value(), role.name())
                .query((rs, n) -> new OperatorId(rs.getString(1)))
                .list();
    }

    boolean canServe(OperatorId operator, OperatorRole role, OfficeId office) {
        return jdbc.sql("SELECT count(*) FROM operator_office o JOIN operator_role r ON r.operator_id = o.operator_id "
                        + "WHERE o.operator_id = ? AND o.office_id = ? AND r.role = ?")
                .params(operator.value(), office.value(), role.name())
                .query(Long.class).single() > 0;
    }
}
