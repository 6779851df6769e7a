package org.sportello.referral.provider;

import java.util.List;

/**
 * A registered provider, as a referral needs it.
 *
 * @param serviceType                 a name of {@link ServiceType}
 * @param municipalityIds             the municipalities it serves; empty when it serves its whole district
 * @param contactChannel              how it answers: {@code API} when it has accounts
 * @param responseDeadlineWorkingDays working days it has to answer
 */
public record RegisteredProvider(String providerId, String name, ServiceType serviceType, String districtId,
                                 List<String> municipalityIds, ContactChannel contactChannel,
                                 int responseDeadlineWorkingDays) {
}
