package org.sportello.reporting.research.codingschemes;

import java.util.Map;

import org.sportello.platform.problem.DomainException;

/** The scheme's episodes are still being computed from the facts: its figures would be partial. */
public class CodingSchemeNotReady extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "coding-scheme-not-ready";

    private final String version;

    CodingSchemeNotReady(String field, String version) {
        super(TYPE, Kind.CONFLICT, field, "coding scheme '" + version
                + "' is still being computed from the stored facts; ask again when its state is READY");
        this.version = version;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("scheme", version);
    }
}
