package org.sportello.platform.problem;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Builds Sportello's RFC 9457 problems. Every problem has a stable {@code type} under
 * {@link #TYPE_BASE}; input problems list each offending field with its reason under
 * {@code errors}, so a client can highlight the field without parsing prose.
 */
public final class Problems {

    public static final String TYPE_BASE = "https://sportello.org/problems/";

    // Slugs of the refusals the platform makes itself; public API, so written once and never derived.
    public static final String INVALID_INPUT = "invalid-input";
    public static final String REQUEST_BODY_TOO_LARGE = "request-body-too-large";
    public static final String MALFORMED_REQUEST = "malformed-request";
    public static final String METHOD_NOT_ALLOWED = "method-not-allowed";
    public static final String UNSUPPORTED_MEDIA_TYPE = "unsupported-media-type";
    public static final String NOT_ACCEPTABLE = "not-acceptable";
    public static final String NOT_FOUND = "not-found";
    public static final String UNAUTHENTICATED = "unauthenticated";
    public static final String INTERNAL_ERROR = "internal-error";

    // The sizes the OpenAPI documents give a problem's members (openapi.ProblemLimits states them).
    // A detail, a field or a reason can echo what the client sent, so each is cut here, and its
    // control characters replaced, whatever built it.
    public static final int TYPE_LENGTH = 255;
    public static final int TITLE_LENGTH = 255;
    public static final int DETAIL_LENGTH = 2000;
    /** At most this many offending fields are listed; a request with more hears about the first ones. */
    public static final int MAX_ERRORS = 100;
    public static final int FIELD_LENGTH = 200;
    public static final int REASON_LENGTH = 500;
    /**
     * No control characters, line breaks included: a problem's text ends up in clients' logs and
     * screens, where an echoed line break could forge a log line.
     */
    public static final String NO_CONTROL_CHARACTERS = "^[^\\u0000-\\u001F\\u007F]*$";
    /** Ends a text cut to its limit, so that no one takes it for the whole. */
    static final char CUT = '\u2026';

    /**
     * One offending field of a request and why it was refused; both are cut to their documented
     * length, with control characters replaced, since either may quote the request.
     */
    public record FieldError(String field, String reason) {
        public FieldError {
            field = text(field, FIELD_LENGTH);
            reason = text(reason, REASON_LENGTH);
        }
    }

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String typeSlug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(detail, DETAIL_LENGTH));
        problem.setType(URI.create(TYPE_BASE + typeSlug));
        problem.setTitle(text(title, TITLE_LENGTH));
        return problem;
    }

    public static ProblemDetail invalidInput(List<FieldError> errors) {
        String detail;
        if (errors.size() == 1) {
            detail = errors.get(0).field() + ": " + errors.get(0).reason();
        } else if (errors.size() > MAX_ERRORS) {
            detail = errors.size() + " fields are invalid; errors lists the first " + MAX_ERRORS;
        } else {
            detail = errors.size() + " fields are invalid";
        }
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, INVALID_INPUT, "Invalid input", detail);
        setErrors(problem, errors);
        return problem;
    }

    /** A problem of this status and type that names the one field (or header, or part) at fault. */
    public static ProblemDetail ofField(HttpStatus status, String typeSlug, String title, FieldError error) {
        ProblemDetail problem = of(status, typeSlug, title, error.field() + ": " + error.reason());
        setErrors(problem, List.of(error));
        return problem;
    }

    /** Sets {@code errors} to the first {@value #MAX_ERRORS} of these, as the documents promise. */
    public static void setErrors(ProblemDetail problem, List<FieldError> errors) {
        problem.setProperty("errors", errors.size() > MAX_ERRORS ? List.copyOf(errors.subList(0, MAX_ERRORS)) : errors);
    }

    /**
     * The text as a problem may carry it: each control character (line breaks included) replaced
     * by a space, and cut to {@code maxLength} characters, the last of them an ellipsis, never
     * between the two halves of a surrogate pair. Null stays null.
     */
    public static String text(String value, int maxLength) {
        if (value == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(Math.min(value.length(), maxLength));
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            text.append(c < 0x20 || c == 0x7F ? ' ' : c);
        }
        if (text.length() <= maxLength) {
            return text.toString();
        }
        int end = maxLength - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + CUT;
    }

    public static ProblemDetail requestBodyTooLarge(long limit) {
        return ofField(HttpStatus.CONTENT_TOO_LARGE, REQUEST_BODY_TOO_LARGE, "Request body too large",
                new FieldError("body", "must be at most " + limit + " bytes; nothing was recorded"));
    }

    /**
     * The type of a framework refusal that has no Sportello-specific one: the standard HTTP reason
     * phrase as a slug ({@code 405} is {@code method-not-allowed}), fixed by RFC 9110, not by a class name.
     */
    public static String slugOf(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> INVALID_INPUT;
            case NOT_FOUND -> NOT_FOUND;
            case METHOD_NOT_ALLOWED -> METHOD_NOT_ALLOWED;
            case NOT_ACCEPTABLE -> NOT_ACCEPTABLE;
            case UNSUPPORTED_MEDIA_TYPE -> UNSUPPORTED_MEDIA_TYPE;
            case CONTENT_TOO_LARGE -> REQUEST_BODY_TOO_LARGE;
            case UNAUTHORIZED -> UNAUTHENTICATED;
            case INTERNAL_SERVER_ERROR -> INTERNAL_ERROR;
            default -> status.getReasonPhrase().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        };
    }

    /** The first cause of {@code type} in the chain, or null. */
    public static <T extends Throwable> T findCause(Throwable throwable, Class<T> type) {
        for (Throwable cause = throwable; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
