package org.sportello.referral.desk;

import java.util.UUID;

import org.sportello.platform.problem.DomainException;

/** A person oriented once is referred on once: the contact has a desk referral already. */
public class ContactAlreadyReferred extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "contact-already-referred";

    ContactAlreadyReferred(UUID contactId) {
        super(TYPE, Kind.CONFLICT, "contactId", "contact " + contactId + " was referred on already");
    }
}
