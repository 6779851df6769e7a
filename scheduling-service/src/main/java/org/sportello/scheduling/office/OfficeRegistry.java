package org.sportello.scheduling.office;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Creates offices once per id, in a municipality that exists, at most one of them its central
 * office (a claim on the municipality's id, like the office's own), and hands their hours and closures
 * to the office, answering a named 404 for an office that was never created.
 */
@Component
public class OfficeRegistry {

    private final Repository<Office> offices;
    private final RegistryIds ids;

    public OfficeRegistry(Repository<Office> offices, RegistryIds ids) {
        this.offices = offices;
        this.ids = ids;
    }

    @CommandHandler
    public OfficeId handle(CreateOffice command) throws Exception {
        if (!ids.isClaimed(RegistryIds.Kind.MUNICIPALITY, command.municipalityId().value())) {
            throw new UnknownMunicipality(command.municipalityId());
        }
        if (!ids.claim(RegistryIds.Kind.OFFICE, command.officeId().value())) {
            throw new OfficeAlreadyExists(command.officeId());
        }
        offices.newInstance(() -> new Office(command));
        // After the office's own rules, so that a partner's desk asked to be central hears why (422)
        // rather than that another office is (409); a refusal here rolls the office back with it.
        if (command.central() && !ids.claim(RegistryIds.Kind.CENTRAL_OFFICE, command.municipalityId().value())) {
            throw new CentralOfficeExists(command.municipalityId());
        }
        return command.officeId();
    }

    @CommandHandler
    public void handle(SetOpeningHours command) {
        office(command.officeId()).execute(office -> office.setOpeningHours(command));
    }

    @CommandHandler
    public void handle(ScheduleClosure command) {
        office(command.officeId()).execute(office -> office.scheduleClosure(command));
    }

    private Aggregate<Office> office(OfficeId officeId) {
        try {
            return offices.load(officeId.value());
        } catch (AggregateNotFoundException notFound) {
            throw new OfficeNotFound(officeId);
        }
    }
}
