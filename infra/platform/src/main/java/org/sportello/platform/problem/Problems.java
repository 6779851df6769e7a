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

    /** One offending field of a request and why it was refused. */
    public record FieldError(String field, String reason) {
    }

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String typeSlug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + typeSlug));
        problem.setTitle(title);
        return problem;
    }

    public static ProblemDetail invalidInput(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).reason()
                : errors.size() + " fields are invalid";
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, INVALID_INPUT, "Invalid input", detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    /** A problem of this status and type that names the one field (or header, or part) at fault. */
    public static ProblemDetail ofField(HttpStatus status, String typeSlug, String title, FieldError error) {
        ProblemDetail problem = of(status, typeSlug, title, error.field() + ": " + error.reason());
        problem.setProperty("errors", List.of(error));
        return problem;
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
