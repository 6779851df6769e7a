package org.sportello.referral.publishing;

import java.util.Optional;

import org.sportello.platform.caller.Caller;
import org.sportello.platform.relay.ContractTranslator;
import org.springframework.stereotype.Component;

/**
 * Referral's stored events as the contracts it publishes on {@code sportello.referral.events}: the
 * registry in {@link ProviderContracts}, referrals in {@link ReferralContracts}, partner desks'
 * referrals in {@link DeskReferralContracts}. An event none knows stays inside the service.
 */
@Component
class ReferralContractTranslator implements ContractTranslator {

    @Override
    public Optional<Object> translate(Object internalEvent, Caller recordedBy) {
        String by = recordedBy == null ? null : recordedBy.id();
        return ProviderContracts.translate(internalEvent, by)
                .or(() -> ReferralContracts.translate(internalEvent, by))
                .or(() -> DeskReferralContracts.translate(internalEvent, by));
    }

    /** Providers have prefixed streams; their contracts are keyed by their own id. */
    @Override
    public String keyOf(Object contract, String storedKey) {
        return ProviderContracts.keyOf(contract).orElse(storedKey);
    }
}
