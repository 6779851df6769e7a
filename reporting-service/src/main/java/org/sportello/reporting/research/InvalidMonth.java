package org.sportello.reporting.research;

import org.sportello.platform.problem.DomainException;

/** A month parameter is not a month written YYYY-MM. */
public class InvalidMonth extends DomainException {

    InvalidMonth(String field, String value) {
        super(field, "'" + value + "' is not a month as YYYY-MM, such as 2025-01");
    }

    @Override
    public Kind kind() {
        return Kind.INVALID_INPUT;
    }
}
