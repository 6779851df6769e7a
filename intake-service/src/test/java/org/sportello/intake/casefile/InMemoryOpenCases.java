package org.sportello.intake.casefile;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sportello.intake.citizen.CitizenId;
import org.sportello.intake.citizen.CitizenNotFound;

/**
 * Each citizen's claim in a map: what the aggregate tests need of the claims, without locks or
 * transactions (a refused command's claim is not rolled back here).
 */
class InMemoryOpenCases implements OpenCases {

    private final Set<CitizenId> citizens = new HashSet<>();
    private final Map<CitizenId, CaseId> claims = new HashMap<>();

    InMemoryOpenCases registered(CitizenId citizenId) {
        citizens.add(citizenId);
        return this;
    }

    InMemoryOpenCases withOpenCase(CitizenId citizenId, CaseId caseId) {
        citizens.add(citizenId);
        claims.put(citizenId, caseId);
        return this;
    }

    Optional<CaseId> openCaseOf(CitizenId citizenId) {
        return Optional.ofNullable(claims.get(citizenId));
    }

    @Override
    public CaseId claim(CitizenId citizenId, CaseId caseIdIfNew) {
        if (!citizens.contains(citizenId)) {
            throw new CitizenNotFound(citizenId);
        }
        return claims.computeIfAbsent(citizenId, citizen -> caseIdIfNew);
    }

    @Override
    public void lockClaimOf(CaseId caseId) {
        // one thread per test: nothing to wait for
    }

    @Override
    public void release(CaseId caseId) {
        claims.values().remove(caseId);
    }
}
