package org.sportello.intake.citizen;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.sportello.platform.personaldata.erasurelog.ErasureReapplication;
import org.sportello.platform.personaldata.erasurelog.LoggedErasure;
import org.springframework.stereotype.Component;

/**
 * After a restore, each erasure the log holds and the database lost is recorded again on its
 * citizen, as it was logged (ground, reference, who and when), with the fiscal code's claim
 * released: the aggregate, the read tables and the published events say "erased" again.
 */
@Component
class CitizenErasureReapplication implements ErasureReapplication {

    private final CommandGateway commands;

    CitizenErasureReapplication(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public void reapply(LoggedErasure erasure) {
        commands.sendAndWait(new ReapplyErasure(new CitizenId(erasure.subject().value()), erasure.ground(),
                erasure.reference(), erasure.erasedBy(), erasure.erasedAt()));
    }
}
