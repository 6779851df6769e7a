package org.sportello.referral.referral;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.sportello.referral.provider.ProviderDirectory;
import org.sportello.referral.provider.RegisteredProvider;

/** The registered providers, as a test sets them. */
final class FakeProviderDirectory implements ProviderDirectory {

    private final Map<String, RegisteredProvider> providers = new HashMap<>();

    FakeProviderDirectory with(RegisteredProvider provider) {
        providers.put(provider.providerId(), provider);
        return this;
    }

    @Override
    public Optional<RegisteredProvider> find(String providerId) {
        return Optional.ofNullable(providers.get(providerId));
    }
}
