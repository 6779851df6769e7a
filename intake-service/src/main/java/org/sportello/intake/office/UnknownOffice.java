package org.sportello.intake.office;

import org.sportello.platform.problem.DomainException;

/**
 * A contact named an office intake has not heard of: scheduling never created it, or its
 * {@code OfficeCreated} has not arrived yet (then the same request succeeds a moment later).
 */
public class UnknownOffice extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "unknown-office";

    UnknownOffice(OfficeId officeId) {
        super(TYPE, Kind.RULE_VIOLATION, "officeId", "no office '" + officeId + "' is known: offices are created in "
                + "scheduling (POST /api/offices), and intake accepts one as soon as scheduling has published it");
    }
}
