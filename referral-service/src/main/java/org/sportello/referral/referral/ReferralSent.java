package org.sportello.referral.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.sportello.platform.personaldata.Personal;
import org.sportello.referral.provider.ServiceType;

/**
 * Internal: an office sent the citizen, with consent, to a provider. Holds the consent's names and
 * the shared details sealed under the citizen's key (never published), and the deadline both as the
 * last local day ({@code dueBy}, what people read) and as the instant it passes
 * ({@code deadlinePassesAt}, the start of the next local day), so that the referral decides whether
 * it is overdue without a calendar.
 *
 * @param serviceType the provider's service type when it was sent
 */
public record ReferralSent(ReferralId referralId, UUID caseId, UUID citizenId, String providerId,
                           ServiceType serviceType, String fromOfficeId, ReferralReason reason, Consent consent,
                           Personal<String> sharedContact, Personal<String> caseSummary, Instant sentAt,
                           LocalDate dueBy, Instant deadlinePassesAt) {
}
