package org.sportello.intake.contact;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * An anonymous contact is admitted ({@link ContactAdmission}: known office, appointment claim) and
 * then recorded, in one transaction. A handler beside the aggregate, not in it, because admission
 * reads tables, which an aggregate never does.
 */
@Component
public class AnonymousContactRecording {

    private final Repository<AnonymousContact> contacts;
    private final ContactAdmission admission;

    public AnonymousContactRecording(Repository<AnonymousContact> contacts, ContactAdmission admission) {
        this.contacts = contacts;
        this.admission = admission;
    }

    @CommandHandler
    public void handle(RecordAnonymousContact command) throws Exception {
        admission.admit(command.contactId(), null, command.details(), command.recorder());
        contacts.newInstance(() -> new AnonymousContact(command));
    }
}
