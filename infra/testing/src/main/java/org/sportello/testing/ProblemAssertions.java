package org.sportello.testing;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Refusals as a client sees them: an RFC 9457 problem with a stable {@code type} and the offending field. */
public final class ProblemAssertions {

    /**
     * Written out here rather than taken from the platform's {@code Problems.TYPE_BASE}: clients
     * rely on these URIs, so a change in the code must fail the tests, not move them along.
     */
    public static final String TYPE_BASE = "https://sportello.org/problems/";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemAssertions() {
    }

    /** A problem with this status and type ({@value #TYPE_BASE} + slug); returns it for further checks. */
    public static JsonNode assertProblem(HttpAnswer answer, int status, String typeSlug) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).as("Content-Type of %s", answer.body()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("type").asString()).isEqualTo(TYPE_BASE + typeSlug);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        return problem;
    }

    /** A problem that names the offending field first, as a client highlights it. */
    public static JsonNode assertProblem(HttpAnswer answer, int status, String typeSlug, String field) {
        JsonNode problem = assertProblem(answer, status, typeSlug);
        assertThat(problem.path("errors").path(0).path("field").asString(null)).as(answer.body()).isEqualTo(field);
        return problem;
    }
}
