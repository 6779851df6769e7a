package org.sportello.referral.desk;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.sportello.referral.desk.DeskReferralRequests.AcknowledgeRequest;
import org.sportello.referral.desk.DeskReferralRequests.SendDeskReferralRequest;
import org.sportello.referral.desk.DeskReferralViews.DeskReferralStatus;
import org.sportello.referral.desk.DeskReferralViews.DeskReferralView;
import org.sportello.referral.known.Slug;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.sportello.referral.access.Forbidden;

/**
 * Partner desks send the people they oriented on to the secretariat and follow their status; the
 * secretariat office lists what it receives and takes each up.
 */
@RestController
public class DeskReferralController {

    private final CommandGateway commands;
    private final DeskReferralProjection referrals;
    private final Clock clock;

    public DeskReferralController(CommandGateway commands, DeskReferralProjection referrals, Clock clock) {
        this.commands = commands;
        this.referrals = referrals;
        this.clock = clock;
    }

    /** Answers the desk what it may see of what it sent: the status. */
    @PostMapping("/api/desk-referrals")
    public ResponseEntity<DeskReferralStatus> send(@Valid @RequestBody SendDeskReferralRequest request) {
        if (!DeskScope.deskAt(request.fromOfficeId())) {
            throw Forbidden.notTheCallersOffice("fromOfficeId", request.fromOfficeId());
        }
        DeskReferralId id = commands.sendAndWait(new SendDeskReferral(new DeskReferralId(UUID.randomUUID()),
                request.contactId(), request.fromOfficeId(), request.toOfficeId(), request.reason().reason(),
                clock.instant()));
        DeskReferralStatus status = referrals.find(id.value()).orElseThrow().status();
        return ResponseEntity.created(URI.create("/api/desk-referrals/" + id)).body(status);
    }

    /** By an operator of the office it was sent to; for anyone else it does not exist. */
    @PostMapping("/api/desk-referrals/{deskReferralId}/acknowledge")
    public DeskReferralView acknowledge(@PathVariable UUID deskReferralId,
                                        @RequestBody(required = false) AcknowledgeRequest request) {
        referrals.find(deskReferralId).filter(referral -> DeskScope.operatorAt(referral.toOfficeId()))
                .orElseThrow(() -> new DeskReferralNotFound(deskReferralId.toString()));
        commands.sendAndWait(new AcknowledgeDeskReferral(new DeskReferralId(deskReferralId), clock.instant()));
        return referrals.find(deskReferralId).orElseThrow();
    }

    @GetMapping("/api/desk-referrals/{deskReferralId}")
    @ApiResponse(responseCode = "200", description = "The full referral for the secretariat office it was sent to "
            + "and administrators; its status only for the partner desk that sent it",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(oneOf = {DeskReferralView.class, DeskReferralStatus.class})))
    public Object get(@PathVariable UUID deskReferralId) {
        DeskReferralView referral = referrals.find(deskReferralId)
                .orElseThrow(() -> new DeskReferralNotFound(deskReferralId.toString()));
        return switch (DeskScope.of(referral)) {
            case FULL -> referral;
            case STATUS -> referral.status();
            case NONE -> throw new DeskReferralNotFound(deskReferralId.toString());
        };
    }

    @GetMapping("/api/offices/{officeId}/incoming-desk-referrals")
    @ApiResponse(responseCode = "200", description = "The desk referrals sent to the office, oldest first",
            content = @Content(mediaType = "application/json", array = @ArraySchema(maxItems = DeskReferralProjection.MAX_LISTED,
                    schema = @Schema(implementation = DeskReferralView.class))))
    public List<DeskReferralView> incoming(@PathVariable @Schema(maxLength = Slug.MAX_LENGTH, pattern = Slug.PATTERN) String officeId,
                                           @RequestParam(required = false) DeskReferralState state) {
        if (!DeskScope.readsOfficeLists(officeId)) {
            throw Forbidden.notTheCallersOffice("officeId", officeId);
        }
        return referrals.incoming(officeId, state);
    }
}
