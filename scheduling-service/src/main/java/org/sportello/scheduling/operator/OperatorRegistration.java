package org.sportello.scheduling.operator;

import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.sportello.scheduling.office.OfficeId;
import org.sportello.scheduling.office.RegistryIds;
import org.springframework.stereotype.Component;

/**
 * Registers an operator once per id, at offices that exist; changes their roles, employer and offices;
 * sets their availability; erases their name.
 */
@Component
public class OperatorRegistration {

    private final Repository<Operator> operators;
    private final RegistryIds ids;
    private final OperatorDataKeys keys;

    public OperatorRegistration(Repository<Operator> operators, RegistryIds ids, OperatorDataKeys keys) {
        this.operators = operators;
        this.ids = ids;
        this.keys = keys;
    }

    @CommandHandler
    public OperatorId handle(RegisterOperator command) throws Exception {
        officesExist(command.offices());
        if (!ids.claim(RegistryIds.Kind.OPERATOR, command.operatorId().value())) {
            throw new OperatorAlreadyRegistered(command.operatorId());
        }
        operators.newInstance(() -> new Operator(command));
        return command.operatorId();
    }

    /** Unknown operator first (404), then the offices (422), as for a registration. */
    @CommandHandler
    public void handle(ChangeOperator command) {
        Aggregate<Operator> operator = operator(command.operatorId());
        officesExist(command.offices());
        operator.execute(o -> o.change(command));
    }

    private void officesExist(List<OfficeId> offices) {
        for (int i = 0; i < offices.size(); i++) {
            // Offices are never removed, so one claimed now still exists when this commits.
            if (!ids.isClaimed(RegistryIds.Kind.OFFICE, offices.get(i).value())) {
                throw new UnknownOffice("offices[" + i + "]", offices.get(i).value());
            }
        }
    }

    @CommandHandler
    public void handle(SetAvailability command) {
        operator(command.operatorId()).execute(operator -> operator.setAvailability(command));
    }

    /**
     * The operator records the erasure and their key is shredded, in one transaction: from the
     * commit their name reads as erased wherever it is sealed (events, the staff register, backups).
     * Lock order: the operator's aggregate lock, then the key's row; nothing takes them the other way.
     *
     * <p>No {@code ErasureReapplication}: after a restore from a backup older than the erasure, the
     * platform shreds the key again from the erasure log, and the name reads erased again, since
     * every read opens it with the key. What the restored operator lacks is only the event: a
     * second erasure would then be accepted once more (recording an erasure, shredding nothing new)
     * instead of answering 409; no name comes back either way, and nothing outside holds one.
     */
    @CommandHandler
    public void handle(EraseOperatorName command) {
        operator(command.operatorId()).execute(operator -> operator.eraseName(command));
        keys.shred(command.operatorId());
    }

    private Aggregate<Operator> operator(OperatorId operatorId) {
        try {
            return operators.load(Operator.streamId(operatorId));
        } catch (AggregateNotFoundException notFound) {
            throw new OperatorNotFound(operatorId);
        }
    }
}
