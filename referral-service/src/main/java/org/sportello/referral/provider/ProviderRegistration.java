package org.sportello.referral.provider;

import java.util.HashSet;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.sportello.referral.known.KnownOffices;
import org.springframework.stereotype.Component;

/**
 * Registers a provider once per id, in a district scheduling has published and in municipalities of
 * that district, also under concurrent requests.
 */
@Component
public class ProviderRegistration {

    private final Repository<Provider> providers;
    private final ProviderIds ids;
    private final KnownOffices offices;

    public ProviderRegistration(Repository<Provider> providers, ProviderIds ids, KnownOffices offices) {
        this.providers = providers;
        this.ids = ids;
        this.offices = offices;
    }

    @CommandHandler
    public ProviderId handle(RegisterProvider command) throws Exception {
        if (!offices.districtExists(command.districtId())) {
            throw new UnknownDistrict(command.districtId());
        }
        Set<String> seen = new HashSet<>();
        for (String municipalityId : command.municipalityIds()) {
            if (!seen.add(municipalityId)) {
                throw new InvalidProviderRequest("municipalityIds", "names " + municipalityId + " twice");
            }
            String district = offices.districtOf(municipalityId).orElseThrow(() -> new UnknownMunicipality(municipalityId));
            if (!district.equals(command.districtId())) {
                throw new MunicipalityNotInDistrict(municipalityId, district, command.districtId());
            }
        }
        if (!ids.claim(command.providerId())) {
            throw new ProviderAlreadyRegistered(command.providerId());
        }
        providers.newInstance(() -> new Provider(command));
        return command.providerId();
    }
}
