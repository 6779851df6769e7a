package org.sportello.reporting.research.facts;

import java.util.Set;

import org.sportello.contracts.referral.v1.ReferralSent;
import org.sportello.platform.consuming.UnusableEvent;

/**
 * Reads referral's {@code ReferralSent}, which ends a case's episode (REFERRED). Nothing else of the
 * referral (provider, consent, needs) is kept: the episode needs only its case and time.
 */
final class ReferralFactReader {

    static final Set<String> TYPES = Set.of(ReferralSent.TYPE);

    private ReferralFactReader() {
    }

    static ReferralFact read(String type, byte[] json) {
        if (!ReferralSent.TYPE.equals(type)) {
            throw new UnusableEvent("research does not read " + type);
        }
        ReferralSent sent = IntakeFactReader.value(json, ReferralSent.class);
        if (sent.caseId() == null) {
            throw new UnusableEvent("caseId is missing");
        }
        return new ReferralFact(sent.referralId(), sent.caseId(), sent.citizenId(),
                IntakeFactReader.required("sentAt", sent.sentAt()));
    }
}
