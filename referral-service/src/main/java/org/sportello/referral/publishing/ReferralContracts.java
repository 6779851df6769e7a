package org.sportello.referral.publishing;

import java.util.Optional;

/** Placeholder until its package's events exist: translates nothing yet. */
final class ReferralContracts {

    private ReferralContracts() {
    }

    static Optional<Object> translate(Object internalEvent, String recordedBy) {
        return Optional.empty();
    }
}
