package org.sportello.referral.referral;

import java.util.Optional;

import org.sportello.platform.caller.CurrentCaller;

/**
 * Who may see and act on a referral, and in which capacity: an administrator, every referral, as
 * the office sees it; an operator, the referrals sent from the offices its token names; a provider
 * account, the referrals sent to the provider its token is bound to. Whatever lies outside answers
 * exactly as what does not exist (404), so no one learns what exists elsewhere.
 */
final class ReferralScope {

    static final String ADMIN = "ADMIN";
    static final String OPERATOR = "OPERATOR";
    static final String PROVIDER = "PROVIDER";

    /** The capacity in which a caller sees a referral. */
    enum Viewer {
        /** The sending office's staff, or an administrator: the full view. */
        OFFICE,
        /** The provider it was sent to: the narrow view. */
        PROVIDER
    }

    private ReferralScope() {
    }

    static Optional<Viewer> viewerOf(ReferralProjection.Scope referral) {
        if (CurrentCaller.hasRole(ADMIN)) {
            return Optional.of(Viewer.OFFICE);
        }
        if (CurrentCaller.hasRole(OPERATOR) && CurrentCaller.offices().contains(referral.fromOfficeId())) {
            return Optional.of(Viewer.OFFICE);
        }
        if (CurrentCaller.hasRole(PROVIDER)
                && CurrentCaller.providerId().filter(referral.providerId()::equals).isPresent()) {
            return Optional.of(Viewer.PROVIDER);
        }
        return Optional.empty();
    }
}
