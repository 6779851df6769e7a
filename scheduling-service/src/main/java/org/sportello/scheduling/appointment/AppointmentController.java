package org.sportello.scheduling.appointment;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.sportello.platform.personaldata.Personal;
import org.sportello.scheduling.office.OfficeId;
import org.sportello.scheduling.operator.OperatorId;
import org.sportello.scheduling.operator.OperatorRole;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/appointments")
public class AppointmentController {

    /** As tokens' {@code sub} are issued, and as the staff register accepts them. */
    static final String OPERATOR_ID = "^[A-Za-z0-9._@:-]{1,64}$";
    static final int MAX_REASON = 500;
    /** Free text on one or more lines: no control characters other than tabs and line breaks. */
    static final String TEXT = "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]*$";

    public record OperatorRequest(
            @NotBlank @Size(max = OperatorId.MAX_LENGTH) @Pattern(regexp = OPERATOR_ID,
                    message = "must be 1 to 64 letters, digits or . _ @ : -") String operatorId,
            @NotNull OperatorRole role) {

        BookedOperator booked() {
            return new BookedOperator(new OperatorId(operatorId), role);
        }
    }

    /**
     * Body of {@code POST /api/appointments}: one of the request's proposals (or its offer), or any
     * slot staff choose, starting at or after the request's {@code requestedAt} (so a booking
     * recorded after the fact may be in the past). {@code bookedAt}, when staff record the booking
     * after the fact: not in the future, not before the request; by default now.
     */
    public record BookRequest(@NotNull UUID requestId, @NotNull Instant start,
                              @NotEmpty @Size(max = AppointmentRequestController.MAX_ROLES)
                              List<@Valid @NotNull OperatorRequest> operators,
                              @Schema(description = "when it was booked, if recorded after the fact; default now",
                                      nullable = true) Instant bookedAt) {
    }

    /** {@code rescheduledAt}, when recorded after the fact: not in the future, not before the booking (or last move); by default now. */
    public record RescheduleRequest(@NotNull Instant start,
                                    @NotEmpty @Size(max = AppointmentRequestController.MAX_ROLES)
                                    List<@Valid @NotNull OperatorRequest> operators,
                                    @Schema(description = "when it was moved, if recorded after the fact; default now",
                                            nullable = true) Instant rescheduledAt) {
    }

    /**
     * {@code reason} is internal: staff read it, it is never published; it is personal data, kept
     * sealed and erased {@code sportello.scheduling.cancel-reason-retention} after the cancellation.
     * {@code cancelledAt}, when recorded after the fact: not in the future, not before the booking (or
     * last move); by default now.
     */
    public record CancelRequest(@NotNull CancelledBy by,
                                @Size(max = MAX_REASON) @Pattern(regexp = TEXT, message = "must not contain control "
                                        + "characters other than tabs and line breaks") String reason,
                                @Schema(description = "when it was called off, if recorded after the fact; default now",
                                        nullable = true) Instant cancelledAt) {
    }

    /**
     * Optional body of {@code /attended} and {@code /no-show}: {@code recordedAt}, when staff note the
     * outcome after the fact: not in the future, and from the appointment's local day on; by default now.
     */
    public record OutcomeRequest(@Schema(description = "when the outcome was noted, if recorded after the fact; "
            + "default now", nullable = true) Instant recordedAt) {
    }

    public record Booked(UUID appointmentId) {
    }

    private final CommandGateway commands;
    private final AppointmentProjection appointments;
    private final RequestProjection requests;
    private final PersonalDataShown shown;
    private final Clock clock;

    public AppointmentController(CommandGateway commands, AppointmentProjection appointments,
                                 RequestProjection requests, PersonalDataShown shown, Clock clock) {
        this.commands = commands;
        this.appointments = appointments;
        this.requests = requests;
        this.shown = shown;
        this.clock = clock;
    }

    @PostMapping
    public ResponseEntity<Booked> book(@Valid @RequestBody BookRequest request) {
        RequestId requestId = new RequestId(request.requestId());
        if (requests.officeOf(requestId).filter(OfficeScope::sees).isEmpty()) {
            throw new RequestNotFound(requestId);
        }
        Instant now = clock.instant();
        AppointmentId appointmentId = commands.sendAndWait(new BookAppointment(requestId, AppointmentId.random(),
                request.start(), operators(request.operators()), orNow(request.bookedAt(), now), now));
        return ResponseEntity.created(URI.create("/api/appointments/" + appointmentId))
                .body(new Booked(appointmentId.value()));
    }

    /** The appointment; a cancellation's reason shown in clear is logged as a read of it. */
    @GetMapping("/{appointmentId}")
    public AppointmentProjection.AppointmentView get(@PathVariable UUID appointmentId) {
        AppointmentId id = visible(appointmentId);
        return shown.in(appointments.find(id).orElseThrow(() -> new AppointmentNotFound(id)));
    }

    @PostMapping("/{appointmentId}/reschedule")
    public AppointmentProjection.AppointmentView reschedule(@PathVariable UUID appointmentId,
                                                            @Valid @RequestBody RescheduleRequest request) {
        AppointmentId id = visible(appointmentId);
        Instant now = clock.instant();
        commands.sendAndWait(new RescheduleAppointment(id, request.start(), operators(request.operators()),
                orNow(request.rescheduledAt(), now), now));
        return get(appointmentId);
    }

    @PostMapping("/{appointmentId}/cancel")
    public AppointmentProjection.AppointmentView cancel(@PathVariable UUID appointmentId,
                                                        @Valid @RequestBody CancelRequest request) {
        AppointmentId id = visible(appointmentId);
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason();
        Instant now = clock.instant();
        commands.sendAndWait(new CancelAppointment(id, request.by(), Personal.ofNullable(id.subject(), reason),
                orNow(request.cancelledAt(), now), now));
        return get(appointmentId);
    }

    @PostMapping("/{appointmentId}/attended")
    public AppointmentProjection.AppointmentView attended(@PathVariable UUID appointmentId,
                                                          @Valid @RequestBody(required = false) OutcomeRequest request) {
        AppointmentId id = visible(appointmentId);
        Instant now = clock.instant();
        commands.sendAndWait(new RecordAttendance(id, orNow(request == null ? null : request.recordedAt(), now), now));
        return get(appointmentId);
    }

    @PostMapping("/{appointmentId}/no-show")
    public AppointmentProjection.AppointmentView noShow(@PathVariable UUID appointmentId,
                                                        @Valid @RequestBody(required = false) OutcomeRequest request) {
        AppointmentId id = visible(appointmentId);
        Instant now = clock.instant();
        commands.sendAndWait(new RecordNoShow(id, orNow(request == null ? null : request.recordedAt(), now), now));
        return get(appointmentId);
    }

    /** A 404 for an appointment that does not exist and, alike, for one at an office the caller does not work at. */
    private AppointmentId visible(UUID appointmentId) {
        AppointmentId id = new AppointmentId(appointmentId);
        if (appointments.officeOf(id).filter(OfficeScope::sees).isEmpty()) {
            throw new AppointmentNotFound(id);
        }
        return id;
    }

    private static Instant orNow(Instant given, Instant now) {
        return given == null ? now : given;
    }

    private static List<BookedOperator> operators(List<OperatorRequest> operators) {
        return operators.stream().map(OperatorRequest::booked).toList();
    }
}
