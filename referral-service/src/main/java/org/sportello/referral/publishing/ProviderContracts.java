package org.sportello.referral.publishing;

import java.util.Optional;

import org.sportello.contracts.referral.v1.ContactChannel;
import org.sportello.contracts.referral.v1.ProviderKind;
import org.sportello.contracts.referral.v1.ServiceType;
import org.sportello.referral.provider.ProviderRegistered;

/** The registry's events as published contracts (referral v1): a registration is public in full. */
final class ProviderContracts {

    private ProviderContracts() {
    }

    /** The contract for {@code internalEvent}, or empty when it is not one of these. */
    static Optional<Object> translate(Object internalEvent, String recordedBy) {
        if (internalEvent instanceof ProviderRegistered e) {
            return Optional.of(new org.sportello.contracts.referral.v1.ProviderRegistered(e.providerId().value(),
                    e.name(), ProviderKind.valueOf(e.kind().name()), ServiceType.valueOf(e.serviceType().name()),
                    e.districtId(), e.municipalityIds(), ContactChannel.valueOf(e.contactChannel().name()),
                    e.responseDeadlineWorkingDays(), e.registeredAt(), recordedBy));
        }
        return Optional.empty();
    }

    /**
     * The key of a provider contract: its provider id, as the contract documents, not the prefixed
     * stream id ({@code provider:serd-monza}, see Provider).
     */
    static Optional<String> keyOf(Object contract) {
        if (contract instanceof org.sportello.contracts.referral.v1.ProviderRegistered c) {
            return Optional.of(c.providerId());
        }
        return Optional.empty();
    }
}
