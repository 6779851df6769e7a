package org.sportello.scheduling.office;

import org.sportello.platform.problem.DomainException;

/** The id is taken: ids are chosen once and never reused. */
public class DistrictAlreadyExists extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "district-already-exists";

    public DistrictAlreadyExists(DistrictId districtId) {
        super(TYPE, Kind.CONFLICT, "districtId", "a district " + districtId + " exists already");
    }
}
