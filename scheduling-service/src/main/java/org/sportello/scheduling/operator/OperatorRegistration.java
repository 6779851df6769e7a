package org.sportello.scheduling.operator;

import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.sportello.scheduling.office.OfficeId;
import org.sportello.scheduling.office.RegistryIds;
import org.springframework.stereotype.Component;

/** Registers an operator once per id, at offices that exist; sets their availability. */
@Component
public class OperatorRegistration {

    private final Repository<Operator> operators;
    private final RegistryIds ids;

    public OperatorRegistration(Repository<Operator> operators, RegistryIds ids) {
        this.operators = operators;
        this.ids = ids;
    }

    @CommandHandler
    public OperatorId handle(RegisterOperator command) throws Exception {
        List<OfficeId> offices = command.offices();
        for (int i = 0; i < offices.size(); i++) {
            // Offices are never removed, so one claimed now still exists when this commits.
            if (!ids.isClaimed(RegistryIds.Kind.OFFICE, offices.get(i).value())) {
                throw new UnknownOffice("offices[" + i + "]", offices.get(i).value());
            }
        }
        if (!ids.claim(RegistryIds.Kind.OPERATOR, command.operatorId().value())) {
            throw new OperatorAlreadyRegistered(command.operatorId());
        }
        operators.newInstance(() -> new Operator(command));
        return command.operatorId();
    }

    @CommandHandler
    public void handle(SetAvailability command) {
        operator(command.operatorId()).execute(operator -> operator.setAvailability(command));
    }

    private Aggregate<Operator> operator(OperatorId operatorId) {
        try {
            return operators.load(Operator.streamId(operatorId));
        } catch (AggregateNotFoundException notFound) {
            throw new OperatorNotFound(operatorId);
        }
    }
}
