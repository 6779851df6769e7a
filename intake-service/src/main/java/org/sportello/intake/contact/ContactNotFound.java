package org.sportello.intake.contact;

import java.util.UUID;

import org.sportello.platform.problem.DomainException;

public class ContactNotFound extends DomainException {

    public ContactNotFound(UUID contactId) {
        super("contactId", "no contact " + contactId);
    }

    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }
}
