package org.sportello.intake.office;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Offices as scheduling would have published them, for fixture tests of the commands. */
public final class InMemoryKnownOffices implements KnownOffices {

    private final Map<OfficeId, OfficeKind> known = new ConcurrentHashMap<>();

    /** Secretariat offices, as most offices are. */
    public InMemoryKnownOffices known(OfficeId... offices) {
        return known(OfficeKind.SECRETARIAT, offices);
    }

    public InMemoryKnownOffices known(OfficeKind kind, OfficeId... offices) {
        for (OfficeId office : offices) {
            known.put(office, kind);
        }
        return this;
    }

    @Override
    public OfficeKind requireKnown(OfficeId officeId) {
        OfficeKind kind = known.get(officeId);
        if (kind == null) {
            throw new UnknownOffice(officeId);
        }
        return kind;
    }
}
