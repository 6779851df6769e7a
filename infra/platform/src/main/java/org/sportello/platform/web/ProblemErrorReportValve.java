package org.sportello.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.sportello.platform.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's last word, as a problem instead of its HTML page. Tomcat refuses some requests before
 * any servlet sees them (a path with {@code %zz}, a raw {@code %} or an encoded slash; headers
 * larger than {@code server.max-http-request-header-size}); this valve, in place of the host's
 * {@link ErrorReportValve}, answers those with {@code application/problem+json} like every other
 * refusal. Errors inside the application never get here: Spring MVC and {@code /error} answer them.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private final JsonMapper json;

    public ProblemErrorReportValve(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // As the parent: only unreported errors, and only while nothing has been written yet.
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            String body = json.writeValueAsString(problemFor(status, throwable));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client went away or the response cannot be written any more: nothing left to tell.
        }
    }

    /** Never echoes Tomcat's message: it may quote the refused input. */
    static ProblemDetail problemFor(int status, Throwable throwable) {
        HttpStatus known = HttpStatus.resolve(status);
        if (status == 400) {
            boolean headers = throwable != null && throwable.getMessage() != null
                    && throwable.getMessage().toLowerCase().contains("header");
            return Problems.ofField(HttpStatus.BAD_REQUEST, Problems.MALFORMED_REQUEST, "Malformed request",
                    headers
                            ? new Problems.FieldError("headers", "are malformed or larger than the server accepts")
                            : new Problems.FieldError("path", "is not a valid, normalised URI path (no %-sequence that "
                                    + "decodes to a slash, a backslash or nothing)"));
        }
        if (status == 413) {
            return Problems.of(HttpStatus.CONTENT_TOO_LARGE, Problems.REQUEST_BODY_TOO_LARGE,
                    "Request body too large", "The request is larger than the server accepts; nothing was recorded.");
        }
        if (known == null) {
            known = status >= 500 ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST;
        }
        return Problems.of(known, Problems.slugOf(known), known.getReasonPhrase(),
                "The server refused the request before it reached the application; nothing was recorded.");
    }
}
