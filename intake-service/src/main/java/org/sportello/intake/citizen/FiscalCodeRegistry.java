package org.sportello.intake.citizen;

import java.util.Optional;

/** Which citizen holds which fiscal code: the one fact that decides whether a registration is a duplicate. */
public interface FiscalCodeRegistry {

    /**
     * The purpose of the keyed hash that claims hold instead of the code (platform KeyedHashes).
     * Written once: another would make every claim unfindable.
     */
    String HASH_PURPOSE = "fiscal-code-claim";

    /**
     * Claims the code for the citizen within the current transaction, waiting for a concurrent
     * claim of the same code to finish. Returns the citizen that already holds it, if any.
     */
    Optional<CitizenId> claim(FiscalCode fiscalCode, CitizenId citizenId);

    /**
     * Ends the citizen's claim within the current transaction, whatever form it holds the code in:
     * an erased citizen's fiscal code may be registered again, as someone new.
     */
    void release(CitizenId citizenId);
}
