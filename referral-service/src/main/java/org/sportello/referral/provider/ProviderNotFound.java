package org.sportello.referral.provider;

import org.sportello.platform.problem.DomainException;

/** The provider in the path was never registered. */
public class ProviderNotFound extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "provider-not-found";

    public ProviderNotFound(String providerId) {
        super(TYPE, Kind.NOT_FOUND, "providerId", "no provider " + providerId);
    }
}
