package org.sportello.intake.citizen;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The fiscal code register in a map: enough for aggregate tests, which run on one thread. */
class InMemoryFiscalCodeRegistry implements FiscalCodeRegistry {

    private final Map<FiscalCode, CitizenId> holders = new HashMap<>();

    @Override
    public Optional<CitizenId> claim(FiscalCode fiscalCode, CitizenId citizenId) {
        return Optional.ofNullable(holders.putIfAbsent(fiscalCode, citizenId));
    }

    Optional<CitizenId> holderOf(FiscalCode fiscalCode) {
        return Optional.ofNullable(holders.get(fiscalCode));
    }

    @Override
    public void release(CitizenId citizenId) {
        holders.values().remove(citizenId);
    }
}
