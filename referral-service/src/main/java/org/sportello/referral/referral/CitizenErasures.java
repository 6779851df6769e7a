package org.sportello.referral.referral;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.sportello.contracts.intake.IntakeTopic;
import org.sportello.contracts.intake.v1.CitizenErased;
import org.sportello.platform.consuming.Delivered;
import org.sportello.platform.consuming.TopicProjection;
import org.sportello.platform.consuming.UnusableEvent;
import org.sportello.platform.json.ContractJson;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Carries intake's erasures of citizens here ({@code CitizenErased} on {@code sportello.intake.events}):
 * each referral of the citizen records the erasure and the citizen's key is shredded, in the
 * batch's transaction, so their referrals' consent names and shared details read as erased. A
 * citizen with no referral here still gets the key's tombstone: nothing can be sealed for them
 * later (a referral sent from a case whose erasure arrived first is refused its personal details).
 * Idempotent: a redelivered or replayed erasure finds the referrals erased and the key shredded.
 *
 * <p>It fills no table of its own (the referrals' read model records the erasure), so a rebuild
 * replays the erasures and changes nothing. It imports intake's contract, as every consumer does
 * (the platform's consumers read contracts, not internal events).
 */
@Component
class CitizenErasures extends TopicProjection<CitizenErasures.Erased> {

    static final String NAME = "referral-citizen-erasures";

    record Erased(UUID citizenId, Instant erasedAt) {
    }

    private final ReferralProjection referrals;
    private final CommandGateway commands;
    private final ReferralDataKeys keys;

    CitizenErasures(ReferralProjection referrals, CommandGateway commands, ReferralDataKeys keys,
                    @Value("${sportello.referral.erasures.group-id}") String groupId) {
        super(NAME, IntakeTopic.NAME, groupId, 1, Set.of(CitizenErased.TYPE));
        this.referrals = referrals;
        this.commands = commands;
        this.keys = keys;
    }

    @Override
    public Erased read(String type, byte[] value) {
        CitizenErased erased = ContractJson.read(value, CitizenErased.class);
        if (erased == null || erased.citizenId() == null || erased.erasedAt() == null) {
            throw new UnusableEvent("a CitizenErased names its citizen and when");
        }
        return new Erased(erased.citizenId(), erased.erasedAt());
    }

    @Override
    public void apply(List<Delivered<Erased>> events) {
        for (Delivered<Erased> delivered : events) {
            Erased erased = delivered.event();
            String reference = "intake CitizenErased " + delivered.eventId();
            List<ReferralId> ofCitizen = referrals.ofCitizen(erased.citizenId());
            for (ReferralId referralId : ofCitizen) {
                commands.sendAndWait(new EraseReferralPersonalData(referralId, reference, erased.erasedAt()));
            }
            if (ofCitizen.isEmpty()) {
                keys.shredCitizen(erased.citizenId());
            }
        }
    }

    @Override
    public List<String> tables() {
        return List.of();
    }
}
