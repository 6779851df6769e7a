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
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", detail);
        problem.setProperty("errors", errors);
        return problem;
    }
}
