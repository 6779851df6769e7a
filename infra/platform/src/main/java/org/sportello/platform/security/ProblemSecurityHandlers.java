package org.sportello.platform.security;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.sportello.platform.problem.ProblemResponses;
import org.sportello.platform.problem.Problems;
import org.sportello.platform.security.SportelloClaimsValidator.ClaimError;

import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 as problem details, like every other refusal, instead of Spring's empty bodies. */
final class ProblemSecurityHandlers {

    private final ProblemResponses problems;

    ProblemSecurityHandlers(JsonMapper json) {
        this.problems = new ProblemResponses(json);
    }

    AuthenticationEntryPoint unauthenticated() {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            problems.write(response, unauthenticatedProblem(exception));
        };
    }

    AccessDeniedHandler forbidden() {
        return (request, response, exception) -> problems.write(response, Problems.of(HttpStatus.FORBIDDEN, "forbidden",
                "Forbidden", "Your roles do not allow " + request.getMethod() + " " + request.getRequestURI()));
    }

    /** Names the claims at fault, as {@code errors}, when the token was refused for its claims. */
    static ProblemDetail unauthenticatedProblem(AuthenticationException exception) {
        ProblemDetail problem = Problems.of(HttpStatus.UNAUTHORIZED, Problems.UNAUTHENTICATED, "Unauthenticated",
                "A valid bearer token is required: " + exception.getMessage());
        JwtValidationException invalid = Problems.findCause(exception, JwtValidationException.class);
        if (invalid != null) {
            List<Problems.FieldError> claims = invalid.getErrors().stream()
                    .filter(ClaimError.class::isInstance)
                    .map(ClaimError.class::cast)
                    .map(error -> new Problems.FieldError(error.claim(), error.reason()))
                    .toList();
            if (!claims.isEmpty()) {
                problem.setProperty("errors", claims);
            }
        }
        return problem;
    }
}
