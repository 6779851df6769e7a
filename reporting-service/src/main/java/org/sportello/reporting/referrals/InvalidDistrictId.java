package org.sportello.reporting.referrals;

import org.sportello.platform.problem.DomainException;
import org.sportello.reporting.research.OfficeSlug;

/** The {@code districtId} filter is not a district's slug. */
public class InvalidDistrictId extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "invalid-district-id";

    InvalidDistrictId() {
        super(TYPE, Kind.INVALID_INPUT, "districtId",
                "must be a lowercase slug such as est-milano (at most " + OfficeSlug.MAX_LENGTH + " characters)");
    }

    /** The filter as given: absent, or a slug (districts' slugs are written as offices' are). */
    static String require(String districtId) {
        if (districtId != null && !OfficeSlug.isValid(districtId)) {
            throw new InvalidDistrictId();
        }
        return districtId;
    }
}
