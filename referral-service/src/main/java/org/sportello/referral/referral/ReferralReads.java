package org.sportello.referral.referral;

import java.util.List;

import org.sportello.platform.caller.CurrentCaller;
import org.sportello.platform.personaldata.PersonalDataReads;
import org.springframework.stereotype.Component;

/**
 * Logs the reads of a referral's personal details that an answer shows in clear (the consent's
 * names, the shared contact, the case summary), under the citizen they belong to, with the caller
 * who read them. A detail erased, or never given, shows nothing personal and is not logged.
 */
@Component
class ReferralReads {

    private final PersonalDataReads reads;

    ReferralReads(PersonalDataReads reads) {
        this.reads = reads;
    }

    <V> V shown(ReferralProjection.Read<V> read) {
        if (!read.shownInClear().isEmpty()) {
            reads.record(ReferralId.subjectOf(read.citizenId()), CurrentCaller.id(),
                    "referral " + String.join(", ", read.shownInClear()));
        }
        return read.view();
    }

    <V> List<V> shown(List<ReferralProjection.Read<V>> read) {
        return read.stream().map(this::shown).toList();
    }
}
