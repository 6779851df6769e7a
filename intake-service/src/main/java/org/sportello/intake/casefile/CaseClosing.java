package org.sportello.intake.casefile;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Closes a case and ends its citizen's open-case claim, so the citizen's next contact opens a new
 * case. Returns where the case stands.
 *
 * <p>Locks are taken in one order everywhere (STYLE.md 11): first the citizen's claim row in
 * PostgreSQL, then the case's aggregate lock in this JVM (taken by the repository on load). Contact
 * recording ({@code ContactRecording}) does the same. Were a close to take the aggregate lock
 * first and the row after, as it did when the case handled this command itself, a close and a
 * contact of the same citizen would each hold the lock the other waits for; no deadlock detector
 * sees both kinds, so both would wait until the aggregate lock's attempts ran out.
 */
@Component
public class CaseClosing {

    private final Repository<Case> cases;
    private final OpenCases openCases;

    public CaseClosing(Repository<Case> cases, OpenCases openCases) {
        this.cases = cases;
        this.openCases = openCases;
    }

    @CommandHandler
    public CaseState handle(CloseCase command) throws Exception {
        // No claim means the case is closed already (or unknown): the case itself refuses then.
        openCases.lockClaimOf(command.caseId());
        CaseState state = cases.load(command.caseId().toString()).invoke(file -> file.close(command));
        openCases.release(command.caseId());
        return state;
    }
}
