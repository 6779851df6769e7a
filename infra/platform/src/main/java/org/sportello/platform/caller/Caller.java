package org.sportello.platform.caller;

import java.util.Map;

/**
 * Who caused a command, and so its events: the token's pseudonymous {@code sub} and the role in
 * which they acted. Taken from the verified token, never from a request body, and stored in every
 * event's metadata under {@link #ID} and {@link #ROLE}, so an audit can say who did each thing.
 *
 * @param id   the operator id, the token's {@code sub}
 * @param role the role in which the caller acted, e.g. {@code OPERATOR} or {@code ADMIN}
 */
public record Caller(String id, String role) {

    /** Metadata key of the caller's id; a public name written once, never derived from a class. */
    public static final String ID = "callerId";
    /** Metadata key of the caller's role. */
    public static final String ROLE = "callerRole";

    /** The caller recorded in an event's metadata, or null when it names none (older events, system work). */
    public static Caller fromMetaData(Map<String, ?> metaData) {
        Object id = metaData.get(ID);
        if (!(id instanceof String text) || text.isBlank()) {
            return null;
        }
        Object role = metaData.get(ROLE);
        return new Caller(text, role instanceof String r ? r : null);
    }

    public Map<String, String> asMetaData() {
        return role == null ? Map.of(ID, id) : Map.of(ID, id, ROLE, role);
    }
}
