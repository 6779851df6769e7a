package org.sportello.intake.casefile;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sportello.intake.citizen.CitizenId;
import org.sportello.intake.citizen.CitizenNotFound;

/** Each citizen's open case in a map: what the aggregate tests need of the register, without locks. */
class InMemoryOpenCases implements OpenCases {

    private final Set<CitizenId> citizens = new HashSet<>();
    private final Map<CitizenId, CaseId> openCases = new HashMap<>();

    InMemoryOpenCases registered(CitizenId citizenId) {
        citizens.add(citizenId);
        return this;
    }

    InMemoryOpenCases withOpenCase(CitizenId citizenId, CaseId caseId) {
        citizens.add(citizenId);
        openCases.put(citizenId, caseId);
        return this;
    }

    @Override
    public Optional<CaseId> lockOpenCaseOf(CitizenId citizenId) {
        if (!citizens.contains(citizenId)) {
            throw new CitizenNotFound(citizenId);
        }
        return Optional.ofNullable(openCases.get(citizenId));
    }
}
