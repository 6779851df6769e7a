package org.sportello.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.sportello.platform.problem.ProblemResponses;
import org.sportello.platform.problem.Problems;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RequestBodyGuardTest {

    private static final long LIMIT = 100;
    private static final JsonMapper JSON = JsonMapper.builder()
            .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();

    private final RequestBodyGuard guard = new RequestBodyGuard(LIMIT, new ProblemResponses(JSON));

    @Test
    void declaredLengthOverTheLimitIsRefusedUnread() throws Exception {
        MockHttpServletRequest request = jsonPost(new byte[(int) LIMIT + 1]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicBoolean reached = new AtomicBoolean();

        guard.doFilter(request, response, (req, res) -> reached.set(true));

        assertThat(reached).isFalse();
        assertTooLarge(response);
    }

    @Test
    void chunkedBodyIsRefusedWhenReadingPassesTheLimit() throws Exception {
        MockHttpServletRequest request = chunked(jsonPost(new byte[(int) LIMIT * 10]));
        MockHttpServletResponse response = new MockHttpServletResponse();
        long[] read = new long[1];

        guard.doFilter(request, response, (req, res) -> {
            byte[] buffer = new byte[8192];
            for (int n; (n = req.getInputStream().read(buffer)) > 0; ) {
                read[0] += n;
            }
        });

        assertThat(read[0]).isLessThanOrEqualTo(LIMIT);
        assertTooLarge(response);
    }

    @Test
    void chunkedBodyWithinTheLimitIsReadWhole() throws Exception {
        byte[] body = "{\"note\":\"fits\"}".getBytes(StandardCharsets.UTF_8);
        MockHttpServletRequest request = chunked(jsonPost(body));
        byte[][] read = new byte[1][];

        guard.doFilter(request, new MockHttpServletResponse(), (req, res) -> read[0] = req.getInputStream().readAllBytes());

        assertThat(read[0]).isEqualTo(body);
    }

    @Test
    void readerIsLimitedToo() throws Exception {
        MockHttpServletRequest request = chunked(jsonPost("x".repeat((int) LIMIT * 2).getBytes(StandardCharsets.UTF_8)));
        MockHttpServletResponse response = new MockHttpServletResponse();

        guard.doFilter(request, response, (req, res) -> req.getReader().transferTo(java.io.Writer.nullWriter()));

        assertTooLarge(response);
    }

    @Test
    void onlyJsonInUtf8IsCheckedAsUtf8() {
        assertThat(RequestBodyGuard.isUtf8Json("application/json")).isTrue();
        assertThat(RequestBodyGuard.isUtf8Json("application/json;charset=UTF-8")).isTrue();
        assertThat(RequestBodyGuard.isUtf8Json("application/merge-patch+json")).isTrue();
        assertThat(RequestBodyGuard.isUtf8Json("application/json;charset=ISO-8859-1")).isFalse();
        assertThat(RequestBodyGuard.isUtf8Json("text/plain")).isFalse();
        assertThat(RequestBodyGuard.isUtf8Json("not a media type")).isFalse();
        assertThat(RequestBodyGuard.isUtf8Json(null)).isFalse();
    }

    private static void assertTooLarge(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.getContentAsByteArray());
        assertThat(problem.path("type").asString()).isEqualTo(Problems.TYPE_BASE + Problems.REQUEST_BODY_TOO_LARGE);
        assertThat(problem.path("errors").path(0).path("field").asString()).isEqualTo("body");
    }

    private static MockHttpServletRequest jsonPost(byte[] body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/contacts");
        request.setContentType("application/json");
        request.setContent(body);
        return request;
    }

    /** As Tomcat shows a body sent with Transfer-Encoding: chunked: no length known in advance. */
    private static MockHttpServletRequest chunked(MockHttpServletRequest request) {
        MockHttpServletRequest chunked = new MockHttpServletRequest("POST", request.getRequestURI()) {
            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public int getContentLength() {
                return -1;
            }
        };
        chunked.setContentType(request.getContentType());
        chunked.setContent(request.getContentAsByteArray());
        chunked.addHeader("Transfer-Encoding", "chunked");
        return chunked;
    }
}
