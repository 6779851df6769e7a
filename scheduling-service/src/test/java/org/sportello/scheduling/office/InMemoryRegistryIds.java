package org.sportello.scheduling.office;

import java.util.HashSet;
import java.util.Set;

/** Claimed ids for fixture tests, where there is no database. */
public class InMemoryRegistryIds implements RegistryIds {

    private final Set<String> claimed = new HashSet<>();

    @Override
    public boolean claim(Kind kind, String id) {
        return claimed.add(kind + ":" + id);
    }

    @Override
    public boolean isClaimed(Kind kind, String id) {
        return claimed.contains(kind + ":" + id);
    }
}
