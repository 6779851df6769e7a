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
 *
 * <p>Before anything is claimed for the case, the contact is admitted ({@link ContactAdmission}:
 * a known office, and the appointment's claim when it names one).
 *
 * <p>Lock order: the appointment's claim (a row in PostgreSQL, only when the contact names one),
 * then, as in {@code CaseClosing}, the citizen's open-case claim (another row), then the case (its
 * aggregate lock in this JVM, taken by the repository). Nothing takes them in another order.
 */
@Component
public class ContactRecording {

    private final Repository<Case> cases;
    private final OpenCases openCases;
    private final ContactAdmission admission;

    public ContactRecording(Repository<Case> cases, OpenCases openCases, ContactAdmission admission) {
        this.cases = cases;
        this.openCases = openCases;
        this.admission = admission;
    }

    @CommandHandler
    public CaseId handle(RecordContact command) throws Exception {
        admission.admit(command.contactId(), command.citizenId(), command.details(), command.recorder());
        CaseId open = openCases.claim(command.citizenId(), command.caseIdIfNew());
        if (open.equals(command.caseIdIfNew())) {
            // The claim is new: the case it names is opened now, in the same transaction, or not at all.
            cases.newInstance(() -> new Case(open, command.citizenId(), command.contactId(), command.details(),
                    command.recordedAt()));
            return open;
        }
        cases.load(open.toString())
                .execute(file -> file.recordContact(command.contactId(), command.details(), command.recordedAt()));
        return open;
    }
}
