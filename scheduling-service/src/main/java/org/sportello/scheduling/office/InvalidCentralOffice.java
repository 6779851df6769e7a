package org.sportello.scheduling.office;

import org.sportello.platform.problem.DomainException;

/** Only the municipality's own secretariat may be its central office, never a partner's desk. */
public class InvalidCentralOffice extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "invalid-central-office";

    public InvalidCentralOffice(String message) {
        super(TYPE, Kind.RULE_VIOLATION, "central", message);
    }
}
