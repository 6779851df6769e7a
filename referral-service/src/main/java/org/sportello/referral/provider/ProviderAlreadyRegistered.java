package org.sportello.referral.provider;

import org.sportello.platform.problem.DomainException;

/** The id is taken: provider ids are chosen once and never reused. */
public class ProviderAlreadyRegistered extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "provider-already-registered";

    ProviderAlreadyRegistered(ProviderId providerId) {
        super(TYPE, Kind.CONFLICT, "providerId", "a provider " + providerId + " is registered already");
    }
}
