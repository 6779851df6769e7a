package org.sportello.referral.provider;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Registered providers, for fixture tests, where there is no database. */
public class InMemoryProviderDirectory implements ProviderDirectory {

    private final Map<String, RegisteredProvider> providers = new HashMap<>();

    public InMemoryProviderDirectory add(RegisteredProvider provider) {
        providers.put(provider.providerId(), provider);
        return this;
    }

    @Override
    public Optional<RegisteredProvider> find(String providerId) {
        return Optional.ofNullable(providers.get(providerId));
    }
}
