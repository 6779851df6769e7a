package org.sportello.platform.openapi;

import org.sportello.platform.problem.Problems;

/**
 * The sizes the OpenAPI documents give every problem's members. A client may rely on them, so they
 * must hold for every problem a service sends. Most hold by construction: types and titles come
 * from class names and HTTP reason phrases, {@code instance} is the request path. A
 * {@code detail}, a {@code field} or a {@code reason} can echo what the client sent (an unknown
 * field's name, a value that did not parse), so {@link Problems}, which builds every problem,
 * cuts them to these lengths, replaces their control characters and lists at most
 * {@link #ERRORS} errors; the numbers are its own.
 */
public final class ProblemLimits {

    /** {@code https://sportello.org/problems/} and a slug made from a class name, or {@code about:blank}. */
    public static final int TYPE_LENGTH = Problems.TYPE_LENGTH;
    public static final int TITLE_LENGTH = Problems.TITLE_LENGTH;
    public static final int DETAIL_LENGTH = Problems.DETAIL_LENGTH;
    /** Tomcat refuses a request line and headers longer than 8 KB (Spring Boot's default), so no path is longer. */
    public static final int INSTANCE_LENGTH = 8192;
    public static final int ERRORS = Problems.MAX_ERRORS;
    public static final int FIELD_LENGTH = Problems.FIELD_LENGTH;
    public static final int REASON_LENGTH = Problems.REASON_LENGTH;
    public static final String NO_CONTROL_CHARACTERS = Problems.NO_CONTROL_CHARACTERS;

    private ProblemLimits() {
    }
}
