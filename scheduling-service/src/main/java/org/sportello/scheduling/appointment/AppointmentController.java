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

import org.axonframework.commandhandling.gateway.CommandGateway;
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

    /** Body of {@code POST /api/appointments}: one of the request's proposals (or its offer), or any slot staff choose. */
    public record BookRequest(@NotNull UUID requestId, @NotNull Instant start,
                              @NotEmpty @Size(max = AppointmentRequestController.MAX_ROLES)
                              List<@Valid @NotNull OperatorRequest> operators) {
    }

    public record RescheduleRequest(@NotNull Instant start,
                                    @NotEmpty @Size(max = AppointmentRequestController.MAX_ROLES)
                                    List<@Valid @NotNull OperatorRequest> operators) {
    }

    /** {@code reason} is internal: staff read it, it is never published. */
    public record CancelRequest(@NotNull CancelledBy by,
                                @Size(max = MAX_REASON) @Pattern(regexp = TEXT, message = "must not contain control "
                                        + "characters other than tabs and line breaks") String reason) {
    }

    public record Booked(UUID appointmentId) {
    }

    private final CommandGateway commands;
    private final AppointmentProjection appointments;
    private final RequestProjection requests;
    private final Clock clock;

    public AppointmentController(CommandGateway commands, AppointmentProjection appointments,
                                 RequestProjection requests, Clock clock) {
        this.commands = commands;
        this.appointments = appointments;
        this.requests = requests;
        this.clock = clock;
    }

    @PostMapping
    public ResponseEntity<Booked> book(@Valid @RequestBody BookRequest request) {
        RequestId requestId = new RequestId(request.requestId());
        if (requests.officeOf(requestId).filter(OfficeScope::sees).isEmpty()) {
            throw new RequestNotFound(requestId);
        }
        AppointmentId appointmentId = commands.sendAndWait(new BookAppointment(requestId, AppointmentId.random(),
                request.start(), operators(request.operators()), clock.instant()));
        return ResponseEntity.created(URI.create("/api/appointments/" + appointmentId))
                .body(new Booked(appointmentId.value()));
    }

    @GetMapping("/{appointmentId}")
    public AppointmentProjection.AppointmentView get(@PathVariable UUID appointmentId) {
        AppointmentId id = visible(appointmentId);
        return appointments.find(id).orElseThrow(() -> new AppointmentNotFound(id));
    }

    @PostMapping("/{appointmentId}/reschedule")
    public AppointmentProjection.AppointmentView reschedule(@PathVariable UUID appointmentId,
                                                            @Valid @RequestBody RescheduleRequest request) {
        AppointmentId id = visible(appointmentId);
        commands.sendAndWait(new RescheduleAppointment(id, request.start(), operators(request.operators()),
                clock.instant()));
        return get(appointmentId);
    }

    @PostMapping("/{appointmentId}/cancel")
    public AppointmentProjection.AppointmentView cancel(@PathVariable UUID appointmentId,
                                                        @Valid @RequestBody CancelRequest request) {
        AppointmentId id = visible(appointmentId);
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason();
        commands.sendAndWait(new CancelAppointment(id, request.by(), reason, clock.instant()));
        return get(appointmentId);
    }

    @PostMapping("/{appointmentId}/attended")
    public AppointmentProjection.AppointmentView attended(@PathVariable UUID appointmentId) {
        commands.sendAndWait(new RecordAttendance(visible(appointmentId), clock.instant()));
        return get(appointmentId);
    }

    @PostMapping("/{appointmentId}/no-show")
    public AppointmentProjection.AppointmentView noShow(@PathVariable UUID appointmentId) {
        commands.sendAndWait(new RecordNoShow(visible(appointmentId), clock.instant()));
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

    private static List<BookedOperator> operators(List<OperatorRequest> operators) {
        return operators.stream().map(OperatorRequest::booked).toList();
    }
}
