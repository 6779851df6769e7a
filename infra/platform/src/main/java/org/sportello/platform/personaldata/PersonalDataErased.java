package org.sportello.platform.personaldata;

import org.sportello.platform.problem.DomainException;

/**
 * The subject's personal data was erased: it can be neither read nor added to. Reads that show
 * an erased subject use {@link Personal#orElse(Object)}; this is what reaches a caller that asked
 * for more, such as new data for an erased citizen.
 */
public class PersonalDataErased extends DomainException {

    public static final String TYPE = "personal-data-erased";

    private final SubjectId subject;

    public PersonalDataErased(SubjectId subject) {
        super(TYPE, Kind.CONFLICT, "the personal data of " + subject + " was erased");
        this.subject = subject;
    }

    public SubjectId subject() {
        return subject;
    }
}
