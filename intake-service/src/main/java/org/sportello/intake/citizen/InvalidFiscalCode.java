package org.sportello.intake.citizen;

import org.sportello.platform.problem.DomainException;

/**
 * The text given is not a well-formed Italian fiscal code. The message says what is wrong but
 * never repeats the code itself, because messages end up in logs and problem details.
 */
public class InvalidFiscalCode extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "invalid-fiscal-code";

    public InvalidFiscalCode(String reason) {
        super(TYPE, Kind.INVALID_INPUT, "fiscalCode", reason);
    }
}
