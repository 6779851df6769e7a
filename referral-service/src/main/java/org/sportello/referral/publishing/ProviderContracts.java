package org.sportello.referral.publishing;

import java.util.Optional;

/** Placeholder until its package's events exist: translates nothing yet. */
final class ProviderContracts {

    private ProviderContracts() {
    }

    static Optional<Object> translate(Object internalEvent, String recordedBy) {
        return Optional.empty();
    }

    /** The key of a provider contract: its provider id, not the prefixed stream id. */
    static Optional<String> keyOf(Object contract) {
        return Optional.empty();
    }
}
