package org.sportello.platform.problem;

import java.util.Map;

/**
 * A named reason why Sportello refused a request. Thrown by aggregates, value objects and
 * handlers; {@code ProblemDetailsAdvice} turns it into an RFC 9457 problem whose {@code type}
 * is stable, so clients can act on it without parsing the message.
 *
 * <p>Subclasses name the rule ({@code CaseAlreadyClosed}, {@code InvalidFiscalCode}), choose
 * a {@link Kind}, and say which request field, if any, is at fault.
 */
public abstract class DomainException extends RuntimeException {

    /** What kind of refusal this is; decides the HTTP status. */
    public enum Kind {
        /** The input is malformed or not one of the allowed values (400). */
        INVALID_INPUT,
        /** The caller's token does not allow this act, e.g. at an office it does not name (403). */
        FORBIDDEN,
        /** The thing named does not exist (404). */
        NOT_FOUND,
        /** The request clashes with the current state, e.g. a duplicate (409). */
        CONFLICT,
        /** Well-formed, but a business rule forbids it (422). */
        RULE_VIOLATION,
        /** Allowed, but something it must do first cannot be done now; asking again later may work (503). */
        UNAVAILABLE
    }

    private final String type;
    private final Kind kind;
    private final String field;

    /**
     * @param type the slug of the problem's {@code type} URI, e.g. {@code case-already-closed}:
     *             public API that clients act on, so each subclass writes it once as a constant,
     *             and renaming the class never changes it (STYLE.md 11)
     */
    protected DomainException(String type, Kind kind, String message) {
        this(type, kind, null, message);
    }

    protected DomainException(String type, Kind kind, String field, String message) {
        super(message);
        this.type = type;
        this.kind = kind;
        this.field = field;
    }

    public final Kind kind() {
        return kind;
    }

    /** The request field at fault, in the API's own naming (e.g. {@code birthDate}), or null. */
    public String field() {
        return field;
    }

    /** Extra members of the problem, such as the id of the existing record on a conflict. */
    public Map<String, Object> properties() {
        return Map.of();
    }

    /** The slug of the problem's {@code type} URI, as the subclass wrote it. */
    public final String typeSlug() {
        return type;
    }
}
