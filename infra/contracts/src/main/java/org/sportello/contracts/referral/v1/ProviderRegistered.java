package org.sportello.contracts.referral.v1;

import java.time.Instant;
import java.util.List;

/**
 * A provider was added to the registry: from now on referrals may be sent to it. Keyed by
 * {@code providerId}.
 *
 * @param providerId                  lowercase slug the administrator chose, e.g. {@code serd-monza}
 * @param name                        the provider's public name
 * @param kind                        public service or third-sector partner
 * @param serviceType                 what it does
 * @param districtId                  the district it serves
 * @param municipalityIds             the municipalities of that district it serves; empty when it serves all of them
 * @param contactChannel              how it is reached and answers
 * @param responseDeadlineWorkingDays working days (Italian calendar) it has to answer a referral
 * @param registeredAt                when it was registered, UTC
 * @param recordedBy                  who registered it (the token's pseudonymous {@code sub}); null when no caller did
 */
public record ProviderRegistered(String providerId, String name, ProviderKind kind, ServiceType serviceType,
                                 String districtId, List<String> municipalityIds, ContactChannel contactChannel,
                                 int responseDeadlineWorkingDays, Instant registeredAt, String recordedBy) {

    public static final String TYPE = "sportello.referral.ProviderRegistered.v1";
}
