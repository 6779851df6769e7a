package org.sportello.referral.provider;

import java.time.Instant;
import java.util.List;

/**
 * Adds a provider to the registry.
 *
 * @param municipalityIds             those of {@code districtId} it serves; empty: all of them
 * @param responseDeadlineWorkingDays null: the default of its {@code serviceType}
 */
public record RegisterProvider(ProviderId providerId, String name, ProviderKind kind, ServiceType serviceType,
                               String districtId, List<String> municipalityIds, ContactChannel contactChannel,
                               Integer responseDeadlineWorkingDays, Instant registeredAt) {
}
