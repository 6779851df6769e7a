package org.sportello.referral.publishing;

import java.util.Optional;

/** Placeholder until its package's events exist: translates nothing yet. */
final class DeskReferralContracts {

    private DeskReferralContracts() {
    }

    static Optional<Object> translate(Object internalEvent, String recordedBy) {
        return Optional.empty();
    }
}
