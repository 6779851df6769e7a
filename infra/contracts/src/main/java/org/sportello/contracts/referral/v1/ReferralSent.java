package org.sportello.contracts.referral.v1;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.sportello.contracts.intake.v1.NeedCategory;
import org.sportello.contracts.intake.v1.UserArea;

/**
 * An office sent a citizen, with consent, to a provider. Keyed by {@code referralId}.
 *
 * @param referralId   the referral's id
 * @param caseId       the case it was sent from, as intake published it
 * @param citizenId    the citizen's pseudonymous id, as intake published it
 * @param providerId   the provider it was sent to (see {@link ProviderRegistered})
 * @param serviceType  the provider's service type when it was sent, so that the funnel needs no registry
 * @param fromOfficeId the office that sent it
 * @param userArea     the user area of the need it answers
 * @param categories   the need categories, at least one
 * @param consent      the consent it rests on
 * @param sentAt       when it was sent, UTC
 * @param dueBy        the last local day (Europe/Rome) for the provider's answer, counted in working days
 * @param recordedBy   who sent it (the token's pseudonymous {@code sub}); null when no caller did
 */
public record ReferralSent(UUID referralId, UUID caseId, UUID citizenId, String providerId, ServiceType serviceType,
                           String fromOfficeId, UserArea userArea, List<NeedCategory> categories, Consent consent,
                           Instant sentAt, LocalDate dueBy, String recordedBy) {

    public static final String TYPE = "sportello.referral.ReferralSent.v1";
}
