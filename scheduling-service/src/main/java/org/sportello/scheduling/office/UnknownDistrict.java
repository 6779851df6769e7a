package org.sportello.scheduling.office;

import org.sportello.platform.problem.DomainException;

/** A municipality names a district that was never created (422: the body, not the path, is at fault). */
public class UnknownDistrict extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "unknown-district";

    public UnknownDistrict(DistrictId districtId) {
        super(TYPE, Kind.RULE_VIOLATION, "districtId", "no district " + districtId + "; create it first");
    }
}
