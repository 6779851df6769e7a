package org.sportello.referral.provider;

import java.util.Optional;

/** The providers registered here, as commands need them: a referral is sent to one of these. */
public interface ProviderDirectory {

    /** The provider, or empty when none is registered with that id. */
    Optional<RegisteredProvider> find(String providerId);
}
