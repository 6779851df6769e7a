package org.sportello.reporting.research.codingschemes;

import java.util.Map;

import org.sportello.platform.problem.DomainException;

/** A version is never changed once written: every figure computed under it would silently change. */
public class CodingSchemeExists extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "coding-scheme-exists";

    private final String version;

    CodingSchemeExists(String version) {
        super(TYPE, Kind.CONFLICT, "version", "coding scheme '" + version
                + "' exists and is never changed; write the change as a new version");
        this.version = version;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("scheme", version);
    }
}
