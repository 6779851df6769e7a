package org.sportello.intake.contact;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.sportello.intake.casefile.Case;
import org.sportello.intake.casefile.CaseId;
import org.sportello.intake.casefile.OpenCases;
import org.springframework.stereotype.Component;

/**
 * A citizen's contact joins the open case or, when there is none (first contact, or the last
 * case was closed), opens a new one. Returns the case the contact belongs to.
 */
@Component
public class ContactRecording {

    private final Repository<Case> cases;
    private final OpenCases openCases;

    public ContactRecording(Repository<Case> cases, OpenCases openCases) {
        this.cases = cases;
        this.openCases = openCases;
    }

    @CommandHandler
    public CaseId handle(RecordContact command) throws Exception {
        var open = openCases.lockOpenCaseOf(command.citizenId());
        if (open.isPresent()) {
            cases.load(open.get().toString())
                    .execute(file -> file.recordContact(command.contactId(), command.details(), command.recordedAt()));
            return open.get();
        }
        cases.newInstance(() -> new Case(command.caseIdIfNew(), command.citizenId(), command.contactId(),
                command.details(), command.recordedAt()));
        return command.caseIdIfNew();
    }
}
