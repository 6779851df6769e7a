package org.sportello.referral.referral;

import java.time.Instant;

import org.sportello.platform.personaldata.Personal;
import org.sportello.platform.time.RecordedTime;

/**
 * What makes a referral's consent enough to send it on: given (no consent, no referral), in the
 * past and before the referral was sent, with the person it names when its form or giver needs one, and covering every detail the
 * referral shares. A name kept where no rule needs it would be personal data without a purpose, so
 * a witness comes only with verbal consent and a guardian only with a guardian's.
 */
final class ConsentPolicy {

    private ConsentPolicy() {
    }

    static void check(Consent consent, Personal<String> sharedContact, Personal<String> caseSummary, Instant sentAt,
                      Instant now) {
        if (consent == null) {
            throw new ConsentRequired();
        }
        RecordedTime.notInFuture("consent.givenAt", consent.givenAt(), now);
        // Consent comes before sending. Its time is typed on a front-desk PC, the sending time is
        // often the server's: the same drift the clock tolerance allows is allowed between them.
        RecordedTime.notAfter("consent.givenAt", consent.givenAt(), "sentAt", sentAt);
        boolean verbal = consent.form() == ConsentForm.VERBAL_WITH_WITNESS;
        if (verbal && consent.witness() == null) {
            throw new InvalidConsent("consent.witness", "is required when consent is VERBAL_WITH_WITNESS");
        }
        if (!verbal && consent.witness() != null) {
            throw new InvalidConsent("consent.witness", "is kept only when consent is VERBAL_WITH_WITNESS");
        }
        boolean guardian = consent.givenBy() == ConsentGivenBy.LEGAL_GUARDIAN;
        if (guardian && consent.guardian() == null) {
            throw new InvalidConsent("consent.guardian", "is required when consent is given by a LEGAL_GUARDIAN");
        }
        if (!guardian && consent.guardian() != null) {
            throw new InvalidConsent("consent.guardian", "is kept only when consent is given by a LEGAL_GUARDIAN");
        }
        if (consent.shareScope() == null || consent.shareScope().isEmpty()) {
            throw new InvalidConsent("consent.shareScope", "must allow at least one thing to be shared");
        }
        if (sharedContact != null && !consent.shareScope().contains(ShareScope.CONTACT_DETAILS)) {
            throw new OutsideShareScope("sharedContact", ShareScope.CONTACT_DETAILS);
        }
        if (caseSummary != null && !consent.shareScope().contains(ShareScope.CASE_SUMMARY)) {
            throw new OutsideShareScope("caseSummary", ShareScope.CASE_SUMMARY);
        }
    }
}
