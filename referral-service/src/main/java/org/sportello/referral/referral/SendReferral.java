package org.sportello.referral.referral;

import java.time.Instant;
import java.util.UUID;

import org.sportello.platform.personaldata.Personal;

/**
 * Handled by {@link ReferralSending}: an office sends the citizen of a case to a provider.
 *
 * @param consent       null when the request gave none: refused, since a referral rests on consent
 * @param sharedContact how the provider may reach the citizen; null when not shared
 * @param caseSummary   the operator's summary of the case; null when not shared
 * @param sentAt        when it was sent: the time the operator gives for a referral recorded after
 *                      the fact (on paper during an outage, history from a previous system), else
 *                      {@code now}; its deadline is counted from it
 * @param now           the server's clock when the command was sent
 */
public record SendReferral(ReferralId referralId, UUID caseId, UUID citizenId, String providerId, String fromOfficeId,
                           ReferralReason reason, Consent consent, Personal<String> sharedContact,
                           Personal<String> caseSummary, Instant sentAt, Instant now) {
}
