package org.sportello.referral.referral;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.sportello.platform.personaldata.ErasureGround;
import org.sportello.referral.known.KnownCase;
import org.sportello.referral.provider.RegisteredProvider;
import org.sportello.platform.time.RecordedTime;

/**
 * A citizen sent, with consent, from a case to a provider, and its fate: answered (accepted or
 * rejected), completed with an outcome, withdrawn by the office, or stopped by the citizen
 * withdrawing consent; overdue when no answer came by its deadline. Every change is checked
 * against {@link ReferralState#allows}; a change not allowed writes nothing.
 *
 * <p>Sent only through {@link ReferralSending}, which has found the case, the office and the
 * provider, and counted the deadline in working days: the referral keeps the instant its deadline
 * passes, so the deadline check needs no calendar here.
 *
 * <p>Each step may be recorded after the fact, at the time the caller gives (a referral sent on
 * paper during an outage, an answer by phone typed in days later): never in the future, and never
 * before the step it follows (an answer after sending, a completion after the acceptance).
 */
@Aggregate(type = Referral.TYPE)
public class Referral {

    /** The aggregate type stored beside every event: written out so that renaming the class changes no stored data. */
    static final String TYPE = "Referral";

    @AggregateIdentifier
    private ReferralId referralId;
    private UUID citizenId;
    private String providerId;
    private ReferralState state;
    private Instant sentAt;
    private Instant acceptedAt;
    private LocalDate dueBy;
    private Instant deadlinePassesAt;
    private boolean personalDataErased;

    protected Referral() {
        // for Axon: rebuilt from events
    }

    Referral(SendReferral command, KnownCase knownCase, RegisteredProvider provider, Deadline deadline) {
        ConsentPolicy.check(command.consent(), command.sharedContact(), command.caseSummary(), command.sentAt(),
                command.now());
        if (!knownCase.citizenId().equals(command.citizenId())) {
            throw new CitizenNotOfCase(command.citizenId(), command.caseId());
        }
        if (knownCase.closed()) {
            throw new CaseClosed(command.caseId());
        }
        Consent consent = command.consent();
        apply(new ReferralSent(command.referralId(), command.caseId(), command.citizenId(), provider.providerId(),
                provider.serviceType(), command.fromOfficeId(), new ReferralReason(command.reason().userArea(),
                        List.copyOf(command.reason().categories())),
                new Consent(consent.givenBy(), consent.givenAt(), consent.form(), consent.witness(),
                        consent.guardian(), List.copyOf(consent.shareScope())),
                command.sharedContact(), command.caseSummary(), command.sentAt(), deadline.dueBy(),
                deadline.passesAt()));
    }

    void accept(AcceptReferral command) {
        require(ReferralState.Transition.ACCEPT);
        AnswerSource source = AnswerSourcePolicy.sourceOf(command.answeredBy(), command.source());
        answeredInOrder(command.answeredAt(), command.now());
        apply(new ReferralAccepted(referralId, providerId, source, command.answeredAt()));
    }

    void reject(RejectReferral command) {
        require(ReferralState.Transition.REJECT);
        AnswerSource source = AnswerSourcePolicy.sourceOf(command.answeredBy(), command.source());
        answeredInOrder(command.answeredAt(), command.now());
        apply(new ReferralRejected(referralId, providerId, command.reason(), source, command.answeredAt()));
    }

    void complete(CompleteReferral command) {
        require(ReferralState.Transition.COMPLETE);
        RecordedTime.notInFuture("completedAt", command.completedAt(), command.now());
        RecordedTime.notBefore("completedAt", command.completedAt(), "acceptedAt", acceptedAt);
        apply(new ReferralCompleted(referralId, providerId, command.outcome(), command.completedAt()));
    }

    void withdraw(WithdrawReferral command) {
        require(ReferralState.Transition.WITHDRAW);
        RecordedTime.notInFuture("withdrawnAt", command.withdrawnAt(), command.now());
        // Withdrawn after the step it stops: the acceptance once there is one, else the sending.
        if (state == ReferralState.ACCEPTED) {
            RecordedTime.notBefore("withdrawnAt", command.withdrawnAt(), "acceptedAt", acceptedAt);
        } else {
            RecordedTime.notBefore("withdrawnAt", command.withdrawnAt(), "sentAt", sentAt);
        }
        apply(new ReferralWithdrawn(referralId, providerId, command.reason(), command.withdrawnAt()));
    }

    void withdrawConsent(RecordConsentWithdrawal command) {
        require(ReferralState.Transition.WITHDRAW_CONSENT);
        RecordedTime.notInFuture("at", command.at(), command.now());
        // Consent withdrawn before sending would mean the referral never rested on consent.
        RecordedTime.notBefore("at", command.at(), "sentAt", sentAt);
        apply(new ReferralConsentWithdrawn(referralId, providerId, command.at()));
    }

    /**
     * Overdue only while it waits for a first answer and once its last day is over at the time of
     * the check; otherwise nothing (the check may race an answer, or run early): the job finds the
     * candidates, the referral decides.
     */
    void markOverdue(MarkReferralOverdue command) {
        if (state != ReferralState.SENT || command.checkedAt().isBefore(deadlinePassesAt)) {
            return;
        }
        apply(new ReferralOverdue(referralId, providerId, dueBy, command.checkedAt()));
    }

    /**
     * Records the erasure of the citizen's details once; the caller shreds the citizen's key in the
     * same transaction. A second erasure (intake's event delivered again) records nothing.
     */
    void erasePersonalData(EraseReferralPersonalData command) {
        if (personalDataErased) {
            return;
        }
        apply(new ReferralPersonalDataErased(referralId, citizenId, ErasureGround.LEGAL_OBLIGATION,
                command.reference(), ReferralPersonalDataErased.ERASED_BY, command.erasedAt()));
    }

    UUID citizenId() {
        return citizenId;
    }

    /**
     * An answer comes after the referral was sent. Not ordered against the overdue mark: that is
     * the check's finding, and an answer phoned in before the check but typed in after it is still
     * the answer, at the time it was given.
     */
    private void answeredInOrder(Instant answeredAt, Instant now) {
        RecordedTime.notInFuture("answeredAt", answeredAt, now);
        RecordedTime.notBefore("answeredAt", answeredAt, "sentAt", sentAt);
    }

    private void require(ReferralState.Transition transition) {
        if (!state.allows(transition)) {
            throw new TransitionNotAllowed(referralId, state, transition);
        }
    }

    @EventSourcingHandler
    void on(ReferralSent event) {
        referralId = event.referralId();
        citizenId = event.citizenId();
        providerId = event.providerId();
        sentAt = event.sentAt();
        dueBy = event.dueBy();
        deadlinePassesAt = event.deadlinePassesAt();
        state = ReferralState.SENT;
    }

    @EventSourcingHandler
    void on(ReferralOverdue event) {
        state = ReferralState.OVERDUE;
    }

    @EventSourcingHandler
    void on(ReferralAccepted event) {
        acceptedAt = event.acceptedAt();
        state = ReferralState.ACCEPTED;
    }

    @EventSourcingHandler
    void on(ReferralRejected event) {
        state = ReferralState.REJECTED;
    }

    @EventSourcingHandler
    void on(ReferralCompleted event) {
        state = ReferralState.COMPLETED;
    }

    @EventSourcingHandler
    void on(ReferralWithdrawn event) {
        state = ReferralState.WITHDRAWN;
    }

    @EventSourcingHandler
    void on(ReferralConsentWithdrawn event) {
        state = ReferralState.CONSENT_WITHDRAWN;
    }

    @EventSourcingHandler
    void on(ReferralPersonalDataErased event) {
        personalDataErased = true;
    }
}
