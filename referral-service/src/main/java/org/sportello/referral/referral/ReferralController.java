package org.sportello.referral.referral;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.sportello.platform.caller.CurrentCaller;
import org.sportello.referral.referral.ReferralRequests.AcceptRequest;
import org.sportello.referral.referral.ReferralRequests.CompleteRequest;
import org.sportello.referral.referral.ReferralRequests.ConsentWithdrawnRequest;
import org.sportello.referral.referral.ReferralRequests.RejectRequest;
import org.sportello.referral.referral.ReferralRequests.SendReferralRequest;
import org.sportello.referral.referral.ReferralRequests.WithdrawRequest;
import org.sportello.referral.referral.ReferralScope.Viewer;
import org.sportello.referral.referral.ReferralViews.OperatorView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.sportello.referral.access.Forbidden;

/**
 * Referrals: sent by an office, answered by the provider (or by an operator for it), withdrawn or
 * stopped by the office. Each answer is the caller's own view of the referral as it now stands:
 * the office's full view, or the provider's narrow one.
 */
@RestController
@RequestMapping("/api/referrals")
public class ReferralController {

    private final CommandGateway commands;
    private final ReferralProjection referrals;
    private final ReferralReads reads;
    private final Clock clock;

    public ReferralController(CommandGateway commands, ReferralProjection referrals, ReferralReads reads, Clock clock) {
        this.commands = commands;
        this.referrals = referrals;
        this.reads = reads;
        this.clock = clock;
    }

    @PostMapping
    public ResponseEntity<OperatorView> send(@Valid @RequestBody SendReferralRequest request) {
        if (!CurrentCaller.offices().contains(request.fromOfficeId())) {
            throw new Forbidden("fromOfficeId", "is not one of the offices you work at");
        }
        ReferralId referralId = commands.sendAndWait(request.command(ReferralId.random(), clock.instant()));
        OperatorView view = reads.shown(referrals.operatorView(referralId).orElseThrow());
        return ResponseEntity.created(URI.create("/api/referrals/" + referralId)).body(view);
    }

    /** The office's full view (operators of the sending office, administrators) or the provider's. */
    @GetMapping("/{referralId}")
    public Object get(@PathVariable UUID referralId) {
        ReferralId id = new ReferralId(referralId);
        return viewFor(id, visible(id));
    }

    @PostMapping("/{referralId}/accept")
    public Object accept(@PathVariable UUID referralId, @Valid @RequestBody(required = false) AcceptRequest request) {
        ReferralId id = new ReferralId(referralId);
        Viewer viewer = visible(id);
        Instant now = clock.instant();
        commands.sendAndWait(new AcceptReferral(id, answeredBy(viewer), request == null ? null : request.source(),
                ReferralRequests.orNow(request == null ? null : request.answeredAt(), now), now));
        return viewFor(id, viewer);
    }

    @PostMapping("/{referralId}/reject")
    public Object reject(@PathVariable UUID referralId, @Valid @RequestBody RejectRequest request) {
        ReferralId id = new ReferralId(referralId);
        Viewer viewer = visible(id);
        Instant now = clock.instant();
        commands.sendAndWait(new RejectReferral(id, answeredBy(viewer), request.reason(), request.source(),
                ReferralRequests.orNow(request.answeredAt(), now), now));
        return viewFor(id, viewer);
    }

    @PostMapping("/{referralId}/complete")
    public Object complete(@PathVariable UUID referralId, @Valid @RequestBody CompleteRequest request) {
        ReferralId id = new ReferralId(referralId);
        Viewer viewer = visible(id);
        Instant now = clock.instant();
        commands.sendAndWait(new CompleteReferral(id, request.outcome(),
                ReferralRequests.orNow(request.completedAt(), now), now));
        return viewFor(id, viewer);
    }

    @PostMapping("/{referralId}/withdraw")
    public OperatorView withdraw(@PathVariable UUID referralId, @Valid @RequestBody WithdrawRequest request) {
        ReferralId id = office(referralId);
        Instant now = clock.instant();
        commands.sendAndWait(new WithdrawReferral(id, request.reason(),
                ReferralRequests.orNow(request.withdrawnAt(), now), now));
        return reads.shown(referrals.operatorView(id).orElseThrow());
    }

    @PostMapping("/{referralId}/consent-withdrawn")
    public OperatorView consentWithdrawn(@PathVariable UUID referralId,
                                         @Valid @RequestBody(required = false) ConsentWithdrawnRequest request) {
        ReferralId id = office(referralId);
        Instant now = clock.instant();
        Instant at = ReferralRequests.orNow(request == null ? null : request.at(), now);
        commands.sendAndWait(new RecordConsentWithdrawal(id, at, now));
        return reads.shown(referrals.operatorView(id).orElseThrow());
    }

    /** A 404 for a referral that does not exist and, alike, for one the caller may not see. */
    private Viewer visible(ReferralId id) {
        return referrals.scopeOf(id).flatMap(ReferralScope::viewerOf).orElseThrow(() -> new ReferralNotFound(id));
    }

    /** Only the sending office withdraws or stops a referral; to a provider it is as if it did not exist. */
    private ReferralId office(UUID referralId) {
        ReferralId id = new ReferralId(referralId);
        if (visible(id) != Viewer.OFFICE) {
            throw new ReferralNotFound(id);
        }
        return id;
    }

    private Object viewFor(ReferralId id, Viewer viewer) {
        return switch (viewer) {
            case OFFICE -> reads.shown(referrals.operatorView(id).orElseThrow(() -> new ReferralNotFound(id)));
            case PROVIDER -> reads.shown(referrals.providerView(id).orElseThrow(() -> new ReferralNotFound(id)));
        };
    }

    private static AnsweredBy answeredBy(Viewer viewer) {
        return switch (viewer) {
            case OFFICE -> AnsweredBy.OFFICE;
            case PROVIDER -> AnsweredBy.PROVIDER;
        };
    }
}
