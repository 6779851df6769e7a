package org.sportello.platform.problem;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem straight to the servlet response, for refusals made outside Spring MVC (servlet
 * filters, Spring Security, Tomcat's own error report): they look exactly like the advice's.
 * Uses the application's JsonMapper, which Spring Boot teaches to flatten a problem's properties.
 */
public final class ProblemResponses {

    private final JsonMapper json;

    public ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        // JSON is UTF-8 by definition (RFC 8259): no charset parameter, as Spring MVC writes it too.
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        byte[] body = json.writeValueAsBytes(problem);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
