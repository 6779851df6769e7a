package org.sportello.intake.citizen;

import java.util.HashSet;
import java.util.Set;

/** Which citizens' keys were shredded: enough for aggregate tests. */
class InMemoryCitizenDataKeys implements CitizenDataKeys {

    private final Set<CitizenId> shredded = new HashSet<>();

    @Override
    public void shred(CitizenId citizenId) {
        shredded.add(citizenId);
    }

    boolean isShredded(CitizenId citizenId) {
        return shredded.contains(citizenId);
    }
}
