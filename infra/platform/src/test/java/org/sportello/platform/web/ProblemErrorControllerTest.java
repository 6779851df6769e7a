package org.sportello.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;

import org.junit.jupiter.api.Test;
import org.sportello.platform.problem.ProblemResponses;
import org.sportello.platform.problem.Problems;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the container forwards to {@code /error} comes back as a problem, whatever the client accepts. */
class ProblemErrorControllerTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();

    private final ProblemErrorController controller = new ProblemErrorController(new ProblemResponses(JSON));

    @Test
    void failureOutsideSpringMvcIsAnInternalErrorWithoutInternals() throws Exception {
        JsonNode problem = forward(500, new ServletException("connection string postgres://secret"), 500);

        assertThat(problem.path("type").asString()).isEqualTo(Problems.TYPE_BASE + Problems.INTERNAL_ERROR);
        assertThat(problem.toString()).doesNotContain("secret");
    }

    @Test
    void badRequestFromTheContainerIsAMalformedRequest() throws Exception {
        JsonNode problem = forward(400, null, 400);

        assertThat(problem.path("type").asString()).isEqualTo(Problems.TYPE_BASE + Problems.MALFORMED_REQUEST);
    }

    @Test
    void bodyTooLargeFoundInTheCauseIsTooLarge() throws Exception {
        JsonNode problem = forward(500, new ServletException(new RequestBodyTooLarge(1024)), 413);

        assertThat(problem.path("type").asString()).isEqualTo(Problems.TYPE_BASE + Problems.REQUEST_BODY_TOO_LARGE);
        assertThat(problem.path("errors").path(0).path("field").asString()).isEqualTo("body");
    }

    @Test
    void otherStatusesKeepTheirStatusAndGetAStableType() throws Exception {
        JsonNode problem = forward(405, null, 405);

        assertThat(problem.path("type").asString()).isEqualTo(Problems.TYPE_BASE + Problems.METHOD_NOT_ALLOWED);
    }

    private JsonNode forward(int status, Throwable failure, int expectedStatus) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.addHeader("Accept", "text/html");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, failure);
        MockHttpServletResponse response = new MockHttpServletResponse();

        controller.error(request, response);

        assertThat(response.getStatus()).isEqualTo(expectedStatus);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        return JSON.readTree(response.getContentAsByteArray());
    }
}
