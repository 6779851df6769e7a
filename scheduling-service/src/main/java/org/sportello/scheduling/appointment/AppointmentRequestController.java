package org.sportello.scheduling.appointment;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.hibernate.validator.constraints.UniqueElements;
import org.sportello.platform.personaldata.Personal;
import org.sportello.scheduling.office.OfficeId;
import org.sportello.scheduling.operator.OperatorRole;
import org.sportello.scheduling.operator.UnknownOffice;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/appointment-requests")
public class AppointmentRequestController {

    /** More roles than exist is a list pasted by mistake. */
    static final int MAX_ROLES = 4;
    static final int MIN_DURATION = 5;
    /** A whole morning: no interview is planned longer. */
    static final int MAX_DURATION = 240;
    /** Digits, with spaces and an optional leading +, 6 to 32 characters: what a caller dictates. */
    static final String PHONE = "^\\+?[0-9][0-9 ]{4,30}[0-9]$";

    /**
     * Body of {@code POST /api/appointment-requests}: exactly one of {@code citizenId} (a citizen
     * known to intake) and {@code callbackPhone} (an anonymous caller's number, kept encrypted and
     * erased when the request is over). {@code requestedAt} is when the citizen asked, given when
     * staff record a request after the fact (a call taken during an outage, a paper agenda, the
     * previous system's history); by default now. Not in the future (5 minutes of clock drift
     * allowed) and not older than {@code sportello.scheduling.backdating-limit}; the proposals are
     * the slots free from then on, within the horizon from then.
     */
    public record RequestAppointmentRequest(
            @NotBlank @Size(max = OfficeId.MAX_LENGTH) @Pattern(regexp = OfficeId.SLUG,
                    message = "must be a lowercase slug such as monza-san-rocco") String officeId,
            UUID citizenId,
            @Size(max = 32) @Pattern(regexp = PHONE,
                    message = "must be a phone number: digits and spaces, an optional leading +") String callbackPhone,
            @NotNull RequestChannel requestedVia,
            @NotEmpty @Size(max = MAX_ROLES) @UniqueElements List<@NotNull OperatorRole> requiredRoles,
            @NotNull @Min(MIN_DURATION) @Max(MAX_DURATION) Integer durationMinutes,
            @Schema(description = "when the citizen asked, if recorded after the fact; default now", nullable = true)
            Instant requestedAt) {
    }

    public record ProposalView(Instant start, Instant end,
                               @ArraySchema(maxItems = MAX_ROLES) List<OperatorView> operators) {

        static ProposalView of(Proposal proposal) {
            return new ProposalView(proposal.start(), proposal.end(), OperatorView.of(proposal.operators()));
        }
    }

    /**
     * Body of {@code POST /api/appointment-requests/{id}/withdraw}: who gave the request up.
     * {@code withdrawnAt}, when recorded after the fact: not in the future, not before the request; by
     * default now. No reason is taken: it would be free text about the citizen with no retention of its
     * own (a cancellation's reason has the appointment's); a {@code reason} sent is ignored, as any
     * unknown field.
     */
    public record WithdrawRequestBody(@NotNull WithdrawnBy by,
                                      @Schema(description = "when it was withdrawn, if recorded after the fact; default now",
                                              nullable = true) Instant withdrawnAt) {
    }

    /** 201: the first free slots, in start order; book one with {@code POST /api/appointments}. */
    public record Proposed(UUID requestId, @ArraySchema(maxItems = 100) List<ProposalView> proposals) {
    }

    /** 202: nothing free within the horizon; the request waits, and is offered the next freed slot in order. */
    public record Waiting(UUID requestId, @Schema(minimum = "1") int waitingListPosition) {
    }

    private final CommandGateway commands;
    private final RequestProjection requests;
    private final PersonalDataShown shown;
    private final Clock clock;

    public AppointmentRequestController(CommandGateway commands, RequestProjection requests, PersonalDataShown shown,
                                        Clock clock) {
        this.commands = commands;
        this.requests = requests;
        this.shown = shown;
        this.clock = clock;
    }

    @PostMapping
    public ResponseEntity<Object> request(@Valid @RequestBody RequestAppointmentRequest request) {
        if ((request.citizenId() == null) == (request.callbackPhone() == null)) {
            throw new CitizenOrCallbackPhone();
        }
        OfficeId officeId = OfficeId.of(request.officeId());
        if (!OfficeScope.sees(officeId)) {
            throw new UnknownOffice("officeId", officeId.value());
        }
        RequestId requestId = RequestId.random();
        Instant now = clock.instant();
        List<Proposal> proposals = commands.sendAndWait(new RequestAppointment(requestId, officeId, request.citizenId(),
                Personal.ofNullable(requestId.subject(), request.callbackPhone()), request.requestedVia(),
                List.copyOf(request.requiredRoles()), request.durationMinutes(),
                request.requestedAt() == null ? now : request.requestedAt(), now));
        URI location = URI.create("/api/appointment-requests/" + requestId);
        if (proposals.isEmpty()) {
            int position = requests.find(requestId).map(RequestProjection.RequestView::waitingListPosition).orElse(0);
            return ResponseEntity.status(HttpStatus.ACCEPTED).location(location)
                    .body(new Waiting(requestId.value(), position));
        }
        return ResponseEntity.created(location)
                .body(new Proposed(requestId.value(), proposals.stream().map(ProposalView::of).toList()));
    }

    /**
     * Withdraws a request that is not booked (a booked one's appointment is cancelled instead): it
     * leaves the waiting list, and an anonymous caller's number is erased. Answers the request as it
     * now stands.
     */
    @PostMapping("/{requestId}/withdraw")
    public RequestProjection.RequestView withdraw(@PathVariable UUID requestId,
                                                  @Valid @RequestBody WithdrawRequestBody request) {
        RequestId id = new RequestId(requestId);
        if (requests.officeOf(id).filter(OfficeScope::sees).isEmpty()) {
            throw new RequestNotFound(id);
        }
        Instant now = clock.instant();
        commands.sendAndWait(new WithdrawRequest(id, request.by(),
                request.withdrawnAt() == null ? now : request.withdrawnAt(), now));
        return get(requestId);
    }

    /**
     * The request, with its waiting-list position and offer; an anonymous caller's number for staff
     * to call back, whose showing is logged as a read of it.
     */
    @GetMapping("/{requestId}")
    public RequestProjection.RequestView get(@PathVariable UUID requestId) {
        RequestId id = new RequestId(requestId);
        return shown.in(requests.find(id).filter(view -> OfficeScope.sees(new OfficeId(view.officeId())))
                .orElseThrow(() -> new RequestNotFound(id)));
    }
}
