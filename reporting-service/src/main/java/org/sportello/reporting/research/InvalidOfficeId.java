package org.sportello.reporting.research;

import org.sportello.platform.problem.DomainException;

public class InvalidOfficeId extends DomainException {

    InvalidOfficeId() {
        super("officeId", "must be a lowercase slug such as monza-san-rocco, or all (at most "
                + OfficeSlug.MAX_LENGTH + " characters)");
    }

    @Override
    public Kind kind() {
        return Kind.INVALID_INPUT;
    }
}
