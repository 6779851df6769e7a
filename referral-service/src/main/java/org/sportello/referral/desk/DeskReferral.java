package org.sportello.referral.desk;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.sportello.referral.need.NeedCategory;

/**
 * A partner desk's referral of a person it oriented to a secretariat office of its district. Sent
 * only through {@link DeskReferralSending}, which checks the offices and the contact and claims the
 * contact first; then the secretariat acknowledges it, once.
 */
@Aggregate(type = DeskReferral.TYPE)
public class DeskReferral {

    /** Stored beside every event; written out so that renaming the class cannot change stored data. */
    static final String TYPE = "DeskReferral";

    @AggregateIdentifier
    private DeskReferralId deskReferralId;
    private String toOfficeId;
    private String districtId;
    private DeskReferralState state;

    protected DeskReferral() {
        // for Axon: rebuilt from events
    }

    DeskReferral(SendDeskReferral command, String districtId) {
        DeskReason reason = command.reason();
        if (reason == null || reason.userArea() == null) {
            throw new InvalidDeskReferral("reason.userArea", "is required");
        }
        List<NeedCategory> categories = reason.categories();
        if (categories == null || categories.isEmpty()) {
            throw new InvalidDeskReferral("reason.categories", "names at least one need category");
        }
        if (categories.stream().anyMatch(Objects::isNull)) {
            throw new InvalidDeskReferral("reason.categories", "names no empty category");
        }
        if (new HashSet<>(categories).size() != categories.size()) {
            throw new InvalidDeskReferral("reason.categories", "names each need category once");
        }
        apply(new DeskReferralSent(command.deskReferralId(), command.contactId(), command.fromOfficeId(),
                command.toOfficeId(), districtId, new DeskReason(reason.userArea(), List.copyOf(categories)),
                command.sentAt()));
    }

    @CommandHandler
    void handle(AcknowledgeDeskReferral command) {
        if (state == DeskReferralState.ACKNOWLEDGED) {
            // Taken up once: a second acknowledgement would move the time the desk sees its person was received.
            throw new DeskReferralAlreadyAcknowledged(deskReferralId);
        }
        apply(new DeskReferralAcknowledged(deskReferralId, toOfficeId, districtId, command.acknowledgedAt()));
    }

    @EventSourcingHandler
    void on(DeskReferralSent event) {
        deskReferralId = event.deskReferralId();
        toOfficeId = event.toOfficeId();
        districtId = event.districtId();
        state = DeskReferralState.SENT;
    }

    @EventSourcingHandler
    void on(DeskReferralAcknowledged event) {
        state = DeskReferralState.ACKNOWLEDGED;
    }
}
