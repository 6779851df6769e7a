package org.sportello.referral.provider;

import org.sportello.platform.problem.DomainException;

/**
 * A registration names a district scheduling has not published, or whose event has not arrived yet
 * (then the same request succeeds a moment later).
 */
public class UnknownDistrict extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "unknown-district";

    UnknownDistrict(String districtId) {
        super(TYPE, Kind.RULE_VIOLATION, "districtId", "no district '" + districtId + "' is known: districts are "
                + "created in scheduling (POST /api/districts), and referral knows one once scheduling has published it");
    }
}
