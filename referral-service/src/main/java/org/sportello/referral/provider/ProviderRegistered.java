package org.sportello.referral.provider;

import java.time.Instant;
import java.util.List;

/** A provider joined the registry, with the deadline decided for it (its type's default or its own). */
public record ProviderRegistered(ProviderId providerId, String name, ProviderKind kind, ServiceType serviceType,
                                 String districtId, List<String> municipalityIds, ContactChannel contactChannel,
                                 int responseDeadlineWorkingDays, Instant registeredAt) {
}
