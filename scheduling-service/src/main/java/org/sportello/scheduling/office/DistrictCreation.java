package org.sportello.scheduling.office;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/** Creates a district once per id, also under concurrent requests. */
@Component
public class DistrictCreation {

    private final Repository<District> districts;
    private final RegistryIds ids;

    public DistrictCreation(Repository<District> districts, RegistryIds ids) {
        this.districts = districts;
        this.ids = ids;
    }

    @CommandHandler
    public DistrictId handle(CreateDistrict command) throws Exception {
        if (!ids.claim(RegistryIds.Kind.DISTRICT, command.districtId().value())) {
            throw new DistrictAlreadyExists(command.districtId());
        }
        districts.newInstance(() -> new District(command));
        return command.districtId();
    }
}
