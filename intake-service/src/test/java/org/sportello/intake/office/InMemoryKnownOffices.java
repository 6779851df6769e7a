package org.sportello.intake.office;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Offices as scheduling would have published them, for fixture tests of the commands. */
public final class InMemoryKnownOffices implements KnownOffices {

    private final Set<OfficeId> known = ConcurrentHashMap.newKeySet();

    public InMemoryKnownOffices known(OfficeId... offices) {
        known.addAll(Set.of(offices));
        return this;
    }

    @Override
    public void requireKnown(OfficeId officeId) {
        if (!known.contains(officeId)) {
            throw new UnknownOffice(officeId);
        }
    }
}
