package org.sportello.intake.citizen;

import org.sportello.platform.problem.DomainException;

/**
 * A well-formed fiscal code that contradicts the birth date or sex declared with it. The fault is
 * put on the declared field: the code's check character already vouches for the code itself.
 */
public class FiscalCodeMismatch extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "fiscal-code-mismatch";

    private FiscalCodeMismatch(String field, String message) {
        super(TYPE, Kind.RULE_VIOLATION, field, message);
    }

    static FiscalCodeMismatch ofBirthDate(String encoded, String declared) {
        return new FiscalCodeMismatch("birthDate",
                "fiscal code encodes birth date " + encoded + ", not " + declared);
    }

    static FiscalCodeMismatch ofSex(Sex encoded) {
        return new FiscalCodeMismatch("sex", "fiscal code encodes sex " + encoded);
    }
}
