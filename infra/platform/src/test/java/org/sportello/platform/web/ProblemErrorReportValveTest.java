package org.sportello.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sportello.platform.problem.Problems;
import org.springframework.http.ProblemDetail;

/** What Tomcat refuses itself, worded as Sportello's problems (the wire is tested in intake's HostileInputIT). */
class ProblemErrorReportValveTest {

    @Test
    void oversizedHeadersAreAMalformedRequestNamingTheHeaders() {
        ProblemDetail problem = ProblemErrorReportValve.problemFor(400,
                new IllegalArgumentException("Request header is too large"));

        assertThat(problem.getType().toString()).isEqualTo(Problems.TYPE_BASE + Problems.MALFORMED_REQUEST);
        assertThat(field(problem)).isEqualTo("headers");
    }

    @Test
    void invalidUriIsAMalformedRequestNamingThePathWithoutQuotingIt() {
        ProblemDetail problem = ProblemErrorReportValve.problemFor(400,
                new IllegalArgumentException("Invalid URI: [/api/contacts/%zz<script>]"));

        assertThat(field(problem)).isEqualTo("path");
        assertThat(problem.getDetail()).doesNotContain("%zz").doesNotContain("<script>");
    }

    @Test
    void unknownStatusOfTheServerIsAnInternalError() {
        ProblemDetail problem = ProblemErrorReportValve.problemFor(599, null);

        assertThat(problem.getStatus()).isEqualTo(500);
        assertThat(problem.getType().toString()).isEqualTo(Problems.TYPE_BASE + Problems.INTERNAL_ERROR);
    }

    private static String field(ProblemDetail problem) {
        List<?> errors = (List<?>) problem.getProperties().get("errors");
        return ((Problems.FieldError) errors.get(0)).field();
    }
}
