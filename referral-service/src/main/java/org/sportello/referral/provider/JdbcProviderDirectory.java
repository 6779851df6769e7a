package org.sportello.referral.provider;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The registry's read model, as referrals need it. Written in the registering command's transaction,
 * so a provider is found the moment its registration answers. Providers are never removed; the one
 * way this can be wrong is while an administrator rebuilds referral-projections, when a referral to
 * a provider not replayed yet is refused as unknown (422) and succeeds once the rebuild is through.
 */
@Component
class JdbcProviderDirectory implements ProviderDirectory {

    private final ProviderProjection providers;

    JdbcProviderDirectory(ProviderProjection providers) {
        this.providers = providers;
    }

    @Override
    public Optional<RegisteredProvider> find(String providerId) {
        return providers.find(providerId).map(ProviderView::registered);
    }
}
