package org.sportello.intake.citizen;

/** The data key that seals a citizen's personal data, as erasure sees it. */
public interface CitizenDataKeys {

    /**
     * Shreds the citizen's key within the current transaction: from its commit, everything sealed
     * for the citizen reads as erased. Doing it again changes nothing.
     */
    void shred(CitizenId citizenId);
}
