package org.sportello.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.sportello.platform.problem.Problems;

import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 as problem details, like every other refusal, instead of Spring's empty bodies. */
final class ProblemSecurityHandlers {

    private final JsonMapper json;

    ProblemSecurityHandlers(JsonMapper json) {
        this.json = json;
    }

    AuthenticationEntryPoint unauthenticated() {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            write(response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthenticated",
                    "A valid bearer token is required: " + exception.getMessage()));
        };
    }

    AccessDeniedHandler forbidden() {
        return (request, response, exception) -> write(response, Problems.of(HttpStatus.FORBIDDEN, "forbidden",
                "Forbidden", "Your roles do not allow " + request.getMethod() + " " + request.getRequestURI()));
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
