package org.sportello.referral.desk;

import org.sportello.platform.problem.DomainException;

/** A desk refers people on to a secretariat office of its own district, and to no other office. */
public class NotASecretariatOfTheDistrict extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "not-a-secretariat-of-the-district";

    NotASecretariatOfTheDistrict(String officeId, String why) {
        super(TYPE, Kind.RULE_VIOLATION, "toOfficeId", "'" + officeId + "' " + why);
    }
}
