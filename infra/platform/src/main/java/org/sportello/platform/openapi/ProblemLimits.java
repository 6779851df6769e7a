package org.sportello.platform.openapi;

/**
 * The sizes the OpenAPI documents give every problem's members. A client may rely on them, so they
 * must hold for every problem a service sends. Most hold by construction: types and titles come
 * from class names and HTTP reason phrases, {@code instance} is the request path. But a
 * {@code detail}, a {@code field} or a {@code reason} can echo what the client sent (an unknown
 * field's name, a value that did not parse), so {@code org.sportello.platform.problem.Problems},
 * which builds every problem, has to cut them to these lengths and replace control characters;
 * until it does, a problem that echoes a very long input can exceed them.
 */
public final class ProblemLimits {

    /** {@code https://sportello.org/problems/} and a slug made from a class name, or {@code about:blank}. */
    public static final int TYPE_LENGTH = 255;
    public static final int TITLE_LENGTH = 255;
    public static final int DETAIL_LENGTH = 2000;
    /** Tomcat refuses a request line and headers longer than 8 KB (Spring Boot's default), so no path is longer. */
    public static final int INSTANCE_LENGTH = 8192;
    /** At most this many offending fields are listed; a request with more hears about the first ones. */
    public static final int ERRORS = 100;
    public static final int FIELD_LENGTH = 200;
    public static final int REASON_LENGTH = 500;
    /**
     * No control characters, line breaks included: a problem's text ends up in clients' logs and
     * screens, where an echoed line break could forge a log line.
     */
    public static final String NO_CONTROL_CHARACTERS = "^[^\\u0000-\\u001F\\u007F]*$";

    private ProblemLimits() {
    }
}
