package org.sportello.intake.contact;

import java.util.UUID;

import org.sportello.platform.problem.DomainException;

public class ContactNotFound extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "contact-not-found";

    public ContactNotFound(UUID contactId) {
        super(TYPE, Kind.NOT_FOUND, "contactId", "no contact " + contactId);
    }
}
