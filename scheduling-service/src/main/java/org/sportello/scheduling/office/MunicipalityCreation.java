package org.sportello.scheduling.office;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/** Creates a municipality once per id, in a district that exists. */
@Component
public class MunicipalityCreation {

    private final Repository<Municipality> municipalities;
    private final RegistryIds ids;

    public MunicipalityCreation(Repository<Municipality> municipalities, RegistryIds ids) {
        this.municipalities = municipalities;
        this.ids = ids;
    }

    @CommandHandler
    public MunicipalityId handle(CreateMunicipality command) throws Exception {
        // Districts are never removed, so one that is claimed now still exists when this commits.
        if (!ids.isClaimed(RegistryIds.Kind.DISTRICT, command.districtId().value())) {
            throw new UnknownDistrict(command.districtId());
        }
        if (!ids.claim(RegistryIds.Kind.MUNICIPALITY, command.municipalityId().value())) {
            throw new MunicipalityAlreadyExists(command.municipalityId());
        }
        municipalities.newInstance(() -> new Municipality(command));
        return command.municipalityId();
    }
}
