package org.sportello.referral.known;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The cases intake published, for fixture tests, where there is no database. */
public class InMemoryKnownCases implements KnownCases {

    private final Map<UUID, KnownCase> cases = new HashMap<>();

    public InMemoryKnownCases add(KnownCase knownCase) {
        cases.put(knownCase.caseId(), knownCase);
        return this;
    }

    @Override
    public Optional<KnownCase> find(UUID caseId) {
        return Optional.ofNullable(cases.get(caseId));
    }
}
