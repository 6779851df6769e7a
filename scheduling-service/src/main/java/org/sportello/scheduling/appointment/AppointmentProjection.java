package org.sportello.scheduling.appointment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.sportello.platform.personaldata.Personal;
import org.sportello.platform.personaldata.PersonalDataCipher;
import org.sportello.scheduling.SchedulingProjections;
import org.sportello.scheduling.office.OfficeId;
import org.sportello.scheduling.time.OfficeTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Appointments as staff read them: one, or an office's day in start order. No command relies on these rows. */
@Component
@ProcessingGroup(SchedulingProjections.GROUP)
public class AppointmentProjection {

    /**
     * An appointment. {@code waitDays} is the wait from request to interview in days, from the local
     * date of the request to the local date of the interview (Europe/Rome); {@code outcome} is
     * {@code ATTENDED} or {@code MISSED} once recorded; {@code endedAt} when it was cancelled or its
     * outcome recorded. {@code cancelReason} is the staff's free text, never published: personal
     * data, read {@value Personal#ERASED_TEXT} once erased ({@code cancelReasonErased}).
     */
    public record AppointmentView(UUID appointmentId, UUID requestId, @Schema(maxLength = OfficeId.MAX_LENGTH, pattern = OfficeId.SLUG) String officeId, UUID citizenId,
                                  Instant requestedAt, Instant start, Instant end,
                                  @ArraySchema(maxItems = 4) List<OperatorView> operators, AppointmentStatus status,
                                  @Schema(allowableValues = {"ATTENDED", "MISSED"}) AppointmentStatus outcome,
                                  @Schema(minimum = "0", maximum = "36500") long waitDays, Instant bookedAt, Instant rescheduledAt, CancelledBy cancelledBy,
                                  @Schema(maxLength = AppointmentController.MAX_REASON, pattern = AppointmentController.TEXT) String cancelReason,
                                  boolean cancelReasonErased, Instant endedAt) {
    }

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    public AppointmentProjection(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @EventHandler
    void on(AppointmentBooked event) {
        jdbc.sql("INSERT INTO appointment (appointment_id, request_id, office_id, citizen_id, local_date, start_at, "
                        + "end_at, operators, status, requested_at, booked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(event.appointmentId().value(), event.requestId().value(), event.officeId().value(),
                        event.citizenId(), localDate(event.start()), Timestamp.from(event.start()),
                        Timestamp.from(event.end()), OperatorView.column(event.operators()),
                        AppointmentStatus.BOOKED.name(), Timestamp.from(event.requestedAt()),
                        Timestamp.from(event.bookedAt()))
                .update();
    }

    @EventHandler
    void on(AppointmentRescheduled event) {
        jdbc.sql("UPDATE appointment SET local_date = ?, start_at = ?, end_at = ?, operators = ?, rescheduled_at = ? "
                        + "WHERE appointment_id = ?")
                .params(localDate(event.start()), Timestamp.from(event.start()), Timestamp.from(event.end()),
                        OperatorView.column(event.operators()), Timestamp.from(event.rescheduledAt()),
                        event.appointmentId().value())
                .update();
    }

    @EventHandler
    void on(AppointmentCancelled event) {
        jdbc.sql("UPDATE appointment SET status = ?, cancelled_by = ?, cancel_reason = ?, ended_at = ? WHERE appointment_id = ?")
                .params(AppointmentStatus.CANCELLED.name(), event.by().name(),
                        event.reason() == null ? null : cipher.seal(event.reason()),
                        Timestamp.from(event.cancelledAt()), event.appointmentId().value())
                .update();
    }

    @EventHandler
    void on(CancelReasonErased event) {
        // The key is shredded already; the ciphertext goes too, as it is of no use to anyone now.
        jdbc.sql("UPDATE appointment SET cancel_reason = NULL, cancel_reason_erased = TRUE WHERE appointment_id = ?")
                .param(event.appointmentId().value())
                .update();
    }

    @EventHandler
    void on(AppointmentAttended event) {
        ended(event.appointmentId(), AppointmentStatus.ATTENDED, event.recordedAt());
    }

    @EventHandler
    void on(AppointmentMissed event) {
        ended(event.appointmentId(), AppointmentStatus.MISSED, event.recordedAt());
    }

    private void ended(AppointmentId appointmentId, AppointmentStatus status, Instant at) {
        jdbc.sql("UPDATE appointment SET status = ?, ended_at = ? WHERE appointment_id = ?")
                .params(status.name(), Timestamp.from(at), appointmentId.value())
                .update();
    }

    /** The appointment's office, if the appointment exists: what scoping needs before anything else. */
    public Optional<OfficeId> officeOf(AppointmentId appointmentId) {
        return jdbc.sql("SELECT office_id FROM appointment WHERE appointment_id = ?").param(appointmentId.value())
                .query(String.class).optional().map(OfficeId::new);
    }

    public Optional<AppointmentView> find(AppointmentId appointmentId) {
        return jdbc.sql("SELECT * FROM appointment WHERE appointment_id = ?").param(appointmentId.value())
                .query((rs, n) -> view(rs)).optional();
    }

    /** The office's appointments on that local day, in start order, whatever their status. */
    public List<AppointmentView> onDay(OfficeId officeId, LocalDate date) {
        return jdbc.sql("SELECT * FROM appointment WHERE office_id = ? AND local_date = ? ORDER BY start_at, appointment_id")
                .params(officeId.value(), date)
                .query((rs, n) -> view(rs)).list();
    }

    private AppointmentView view(ResultSet rs) throws SQLException {
        AppointmentStatus status = AppointmentStatus.valueOf(rs.getString("status"));
        Instant requestedAt = rs.getTimestamp("requested_at").toInstant();
        Instant start = rs.getTimestamp("start_at").toInstant();
        String cancelledBy = rs.getString("cancelled_by");
        UUID appointmentId = rs.getObject("appointment_id", UUID.class);
        boolean reasonErased = rs.getBoolean("cancel_reason_erased");
        String reason = reasonErased ? Personal.ERASED_TEXT : null;
        byte[] sealed = rs.getBytes("cancel_reason");
        if (sealed != null) {
            Personal<String> text = cipher.open(new AppointmentId(appointmentId).subject(), sealed, String.class);
            reasonErased = text.isErased();
            reason = text.orElse(Personal.ERASED_TEXT);
        }
        return new AppointmentView(appointmentId, rs.getObject("request_id", UUID.class),
                rs.getString("office_id"), rs.getObject("citizen_id", UUID.class), requestedAt, start,
                rs.getTimestamp("end_at").toInstant(), OperatorView.fromColumn(rs.getString("operators")), status,
                status == AppointmentStatus.ATTENDED || status == AppointmentStatus.MISSED ? status : null,
                ChronoUnit.DAYS.between(localDate(requestedAt), localDate(start)),
                rs.getTimestamp("booked_at").toInstant(), instant(rs.getTimestamp("rescheduled_at")),
                cancelledBy == null ? null : CancelledBy.valueOf(cancelledBy), reason, reasonErased,
                instant(rs.getTimestamp("ended_at")));
    }

    private static LocalDate localDate(Instant instant) {
        return instant.atZone(OfficeTime.ZONE).toLocalDate();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
