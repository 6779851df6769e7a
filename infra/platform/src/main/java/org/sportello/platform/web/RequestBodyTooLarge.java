package org.sportello.platform.web;

import java.io.IOException;

/**
 * The request body is longer than {@code sportello.http.max-request-body-size}. An
 * {@link IOException}, because it is thrown while someone reads the body: the JSON parser wraps it,
 * and {@code ProblemDetailsAdvice} finds it in the cause chain and answers 413.
 */
public class RequestBodyTooLarge extends IOException {

    private final long limit;

    public RequestBodyTooLarge(long limit) {
        super("the request body is larger than " + limit + " bytes");
        this.limit = limit;
    }

    /** The largest body accepted, in bytes. */
    public long limit() {
        return limit;
    }
}
