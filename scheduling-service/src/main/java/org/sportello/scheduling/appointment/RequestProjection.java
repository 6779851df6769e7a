package org.sportello.scheduling.appointment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.sportello.platform.personaldata.Personal;
import org.sportello.platform.personaldata.PersonalDataCipher;
import org.sportello.scheduling.SchedulingProjections;
import org.sportello.scheduling.office.OfficeId;
import org.sportello.scheduling.operator.OperatorRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Requests as staff follow them, and each office's waiting list: the requests that wait, in order of
 * request (then id, so that two of the same instant keep one order). Written in the command's
 * transaction (subscribing), so a cancellation's offer sees the list as it stands.
 */
@Component
@ProcessingGroup(SchedulingProjections.GROUP)
public class RequestProjection {

    public enum RequestStatus {
        /** Answered with proposals, not booked yet. */
        PROPOSED,
        /** On the office's waiting list. */
        WAITING,
        /** Has its appointment. */
        BOOKED,
        /** Given up before it was booked: off the waiting list, and over. */
        WITHDRAWN
    }

    /** A freed slot offered to a waiting request; booking it is a booking like any other. */
    public record Offer(Instant start, Instant end, @ArraySchema(maxItems = 4) List<OperatorView> operators,
                        Instant offeredAt) {
    }

    /**
     * A request. {@code callbackPhone} is the anonymous caller's number, shown to staff who call
     * back; null for a citizen's request and once erased ({@code callbackPhoneErased}).
     */
    public record RequestView(UUID requestId, @Schema(maxLength = OfficeId.MAX_LENGTH, pattern = OfficeId.SLUG) String officeId, UUID citizenId,
                              @Schema(maxLength = 32, pattern = AppointmentRequestController.PHONE) String callbackPhone, boolean callbackPhoneErased,
                              RequestChannel requestedVia, @ArraySchema(maxItems = 4) List<OperatorRole> requiredRoles,
                              @Schema(minimum = "" + AppointmentRequestController.MIN_DURATION, maximum = ""
                                      + AppointmentRequestController.MAX_DURATION) int durationMinutes,
                              Instant requestedAt, RequestStatus status,
                              @Schema(description = "1 for the first in the office's waiting list; null unless waiting", minimum = "1",
                                      maximum = "2147483647")
                              Integer waitingListPosition,
                              Offer offer, UUID appointmentId) {
    }

    /** One entry of an office's waiting list. */
    public record WaitingEntry(UUID requestId, @Schema(minimum = "1", maximum = "2147483647") int position, Instant requestedAt, RequestChannel requestedVia,
                               @ArraySchema(maxItems = 4) List<OperatorRole> requiredRoles,
                               @Schema(minimum = "" + AppointmentRequestController.MIN_DURATION, maximum = ""
                                       + AppointmentRequestController.MAX_DURATION) int durationMinutes,
                               Offer offer) {
    }

    /** What the waiting list needs of a waiting request to try a freed slot on it. */
    record Waiting(RequestId requestId, List<OperatorRole> requiredRoles, int durationMinutes, Instant requestedAt) {
    }

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    public RequestProjection(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @EventHandler
    void on(AppointmentRequested event) {
        jdbc.sql("INSERT INTO appointment_request (request_id, office_id, citizen_id, callback_phone, requested_via, "
                        + "required_roles, duration_minutes, requested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(event.requestId().value(), event.officeId().value(), event.citizenId(),
                        event.callbackPhone() == null ? null : cipher.seal(event.callbackPhone()),
                        event.requestedVia().name(), roles(event.requiredRoles()), event.durationMinutes(),
                        Timestamp.from(event.requestedAt()))
                .update();
    }

    @EventHandler
    void on(WaitingListJoined event) {
        jdbc.sql("UPDATE appointment_request SET waiting = TRUE WHERE request_id = ?").param(event.requestId().value())
                .update();
    }

    @EventHandler
    void on(SlotOffered event) {
        jdbc.sql("UPDATE appointment_request SET offer_start = ?, offer_end = ?, offer_operators = ?, offered_at = ? "
                        + "WHERE request_id = ?")
                .params(Timestamp.from(event.start()), Timestamp.from(event.end()), OperatorView.column(event.operators()),
                        Timestamp.from(event.offeredAt()), event.requestId().value())
                .update();
    }

    @EventHandler
    void on(RequestBooked event) {
        jdbc.sql("UPDATE appointment_request SET waiting = FALSE, appointment_id = ?, offer_start = NULL, "
                        + "offer_end = NULL, offer_operators = NULL, offered_at = NULL WHERE request_id = ?")
                .params(event.appointmentId().value(), event.requestId().value())
                .update();
    }

    @EventHandler
    void on(RequestWithdrawn event) {
        jdbc.sql("UPDATE appointment_request SET waiting = FALSE, withdrawn_at = ?, offer_start = NULL, "
                        + "offer_end = NULL, offer_operators = NULL, offered_at = NULL WHERE request_id = ?")
                .params(Timestamp.from(event.withdrawnAt()), event.requestId().value())
                .update();
    }

    @EventHandler
    void on(CallbackPhoneErased event) {
        // The key is shredded already; the ciphertext goes too, as it is of no use to anyone now.
        jdbc.sql("UPDATE appointment_request SET callback_phone = NULL WHERE request_id = ?")
                .param(event.requestId().value())
                .update();
    }

    /** The request's office, if the request exists: what scoping needs before anything else. */
    public Optional<OfficeId> officeOf(RequestId requestId) {
        return jdbc.sql("SELECT office_id FROM appointment_request WHERE request_id = ?").param(requestId.value())
                .query(String.class).optional().map(OfficeId::new);
    }

    public Optional<RequestView> find(RequestId requestId) {
        return jdbc.sql("SELECT r.*, CASE WHEN r.waiting THEN (SELECT count(*) FROM appointment_request w "
                        + "WHERE w.office_id = r.office_id AND w.waiting "
                        + "AND (w.requested_at, w.request_id) <= (r.requested_at, r.request_id)) END AS position "
                        + "FROM appointment_request r WHERE r.request_id = ?")
                .param(requestId.value())
                .query((rs, n) -> view(rs))
                .optional();
    }

    /** The office's waiting list, first first. */
    public List<WaitingEntry> waitingList(OfficeId officeId) {
        return jdbc.sql("SELECT *, row_number() OVER (ORDER BY requested_at, request_id) AS position "
                        + "FROM appointment_request WHERE office_id = ? AND waiting ORDER BY requested_at, request_id")
                .param(officeId.value())
                .query((rs, n) -> new WaitingEntry(rs.getObject("request_id", UUID.class), rs.getInt("position"),
                        rs.getTimestamp("requested_at").toInstant(), RequestChannel.valueOf(rs.getString("requested_via")),
                        roles(rs.getString("required_roles")), rs.getInt("duration_minutes"), offer(rs)))
                .list();
    }

    /** The waiting requests that hold no offer they could still book at {@code at}, first first. */
    List<Waiting> offerable(OfficeId officeId, Instant at, int limit) {
        return jdbc.sql("SELECT request_id, required_roles, duration_minutes, requested_at FROM appointment_request "
                        + "WHERE office_id = ? AND waiting AND (offer_start IS NULL OR offer_start <= ?) "
                        + "ORDER BY requested_at, request_id LIMIT ?")
                .params(officeId.value(), Timestamp.from(at), limit)
                .query((rs, n) -> new Waiting(new RequestId(rs.getObject("request_id", UUID.class)),
                        roles(rs.getString("required_roles")), rs.getInt("duration_minutes"),
                        rs.getTimestamp("requested_at").toInstant()))
                .list();
    }

    private RequestView view(ResultSet rs) throws SQLException {
        UUID requestId = rs.getObject("request_id", UUID.class);
        byte[] sealed = rs.getBytes("callback_phone");
        String phone = null;
        boolean erased = false;
        if (sealed != null) {
            Personal<String> number = cipher.open(new RequestId(requestId).subject(), sealed, String.class);
            erased = number.isErased();
            phone = number.orElse(null);
        } else if (rs.getObject("citizen_id") == null) {
            erased = true;
        }
        UUID appointmentId = rs.getObject("appointment_id", UUID.class);
        boolean waiting = rs.getBoolean("waiting");
        RequestStatus status = appointmentId != null ? RequestStatus.BOOKED
                : rs.getTimestamp("withdrawn_at") != null ? RequestStatus.WITHDRAWN
                : waiting ? RequestStatus.WAITING : RequestStatus.PROPOSED;
        long position = rs.getLong("position");
        Integer waitingListPosition = rs.wasNull() ? null : (int) position;
        return new RequestView(requestId, rs.getString("office_id"), rs.getObject("citizen_id", UUID.class), phone, erased,
                RequestChannel.valueOf(rs.getString("requested_via")), roles(rs.getString("required_roles")),
                rs.getInt("duration_minutes"), rs.getTimestamp("requested_at").toInstant(), status,
                waitingListPosition, offer(rs), appointmentId);
    }

    private static Offer offer(ResultSet rs) throws SQLException {
        Timestamp start = rs.getTimestamp("offer_start");
        if (start == null) {
            return null;
        }
        return new Offer(start.toInstant(), rs.getTimestamp("offer_end").toInstant(),
                OperatorView.fromColumn(rs.getString("offer_operators")), rs.getTimestamp("offered_at").toInstant());
    }

    private static String roles(List<OperatorRole> roles) {
        return roles.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private static List<OperatorRole> roles(String column) {
        return Arrays.stream(column.split(",")).map(OperatorRole::valueOf).toList();
    }
}
