package org.sportello.reporting.referrals;

import org.sportello.platform.problem.DomainException;

/** The {@code serviceType} filter is not one of the contract's service types. */
public class InvalidServiceType extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "invalid-service-type";

    InvalidServiceType() {
        super(TYPE, Kind.INVALID_INPUT, "serviceType",
                "must be one of " + String.join(", ", ReferralFacts.SERVICE_TYPES));
    }

    /** The filter as given: absent, or a service type's code. */
    static String require(String serviceType) {
        if (serviceType != null && !ReferralFacts.SERVICE_TYPES.contains(serviceType)) {
            throw new InvalidServiceType();
        }
        return serviceType;
    }
}
