package org.sportello.intake.casefile;

import org.sportello.intake.citizen.CitizenId;

/**
 * Which case of a citizen is open: at most one, a rule that spans a citizen's cases and so is kept
 * as a claim in the command's transaction (STYLE.md 11), never read from a projection.
 *
 * <p>Every method locks the citizen's claim until the transaction ends. Callers take this lock
 * before the case's own (the aggregate's lock in the repository), never after: see
 * {@link CaseClosing}.
 */
public interface OpenCases {

    /**
     * Claims {@code caseIdIfNew} as the citizen's open case or, when the citizen already has one,
     * locks that claim; a concurrent claim of the same citizen waits for this transaction to end.
     *
     * @return the citizen's open case: {@code caseIdIfNew} when this call claimed it, so the caller
     *         must open that case in the same transaction
     * @throws org.sportello.intake.citizen.CitizenNotFound when no such citizen is registered
     * @throws org.sportello.platform.personaldata.PersonalDataErased when the citizen was erased
     */
    CaseId claim(CitizenId citizenId, CaseId caseIdIfNew);

    /**
     * Locks the claim the case holds, waiting for contacts being recorded in it. Locks nothing when
     * the case holds none: it is closed (or does not exist), which the case itself then says.
     */
    void lockClaimOf(CaseId caseId);

    /** Ends the case's claim, so that its citizen's next contact opens a new case. */
    void release(CaseId caseId);
}
