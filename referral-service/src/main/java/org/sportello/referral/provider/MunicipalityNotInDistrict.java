package org.sportello.referral.provider;

import org.sportello.platform.problem.DomainException;

/** A provider serves municipalities of its own district only. */
public class MunicipalityNotInDistrict extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "municipality-not-in-district";

    MunicipalityNotInDistrict(String municipalityId, String itsDistrict, String districtId) {
        super(TYPE, Kind.RULE_VIOLATION, "municipalityIds", "municipality '" + municipalityId + "' is in district '"
                + itsDistrict + "', not in '" + districtId + "'");
    }
}
