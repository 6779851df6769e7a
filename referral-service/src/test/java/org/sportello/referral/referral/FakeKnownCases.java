package org.sportello.referral.referral;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.sportello.referral.known.KnownCase;
import org.sportello.referral.known.KnownCases;

/** The cases intake has published, as a test sets them. */
final class FakeKnownCases implements KnownCases {

    private final Map<UUID, KnownCase> cases = new HashMap<>();

    FakeKnownCases with(KnownCase knownCase) {
        cases.put(knownCase.caseId(), knownCase);
        return this;
    }

    @Override
    public Optional<KnownCase> find(UUID caseId) {
        return Optional.ofNullable(cases.get(caseId));
    }
}
