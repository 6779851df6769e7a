package org.sportello.scheduling.office;

import org.sportello.platform.problem.DomainException;

/** An id chosen by the caller (office, municipality, district) that is not a lowercase slug. */
public class InvalidSlug extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "invalid-id";

    public InvalidSlug(String field, String value) {
        super(TYPE, Kind.INVALID_INPUT, field, "must be a lowercase slug such as monza-san-rocco (letters, digits, "
                + "single hyphens, at most " + OfficeId.MAX_LENGTH + " characters; 'all' is reserved)");
    }
}
