package org.sportello.referral.provider;

import java.util.HashSet;
import java.util.Set;

/** Claimed provider ids for fixture tests, where there is no database. */
public class InMemoryProviderIds implements ProviderIds {

    private final Set<String> claimed = new HashSet<>();

    @Override
    public boolean claim(ProviderId providerId) {
        return claimed.add(providerId.value());
    }
}
