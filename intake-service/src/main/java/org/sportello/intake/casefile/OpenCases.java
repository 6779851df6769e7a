package org.sportello.intake.casefile;

import java.util.Optional;

import org.sportello.intake.citizen.CitizenId;

/** Which case of a citizen is open: at most one, the rule that spans a citizen's cases. */
public interface OpenCases {

    /**
     * Locks the citizen for the rest of the transaction, so that concurrent contacts of one
     * citizen cannot open two cases, and returns the open case, if any.
     *
     * @throws org.sportello.intake.citizen.CitizenNotFound when no such citizen is registered
     */
    Optional<CaseId> lockOpenCaseOf(CitizenId citizenId);
}
