package org.sportello.platform.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.sportello.platform.problem.ProblemResponses;
import org.sportello.platform.problem.Problems;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps oversized and badly encoded bodies away from the application. A declared
 * {@code Content-Length} over the limit is refused at once, unread; a body without one (chunked)
 * is counted while it is read, so that no parser ever buffers more than the limit. JSON bodies
 * are checked to be well-formed UTF-8 on the way in ({@link Utf8CheckingInputStream}).
 */
public class RequestBodyGuard extends OncePerRequestFilter {

    private final long limit;
    private final ProblemResponses problems;

    public RequestBodyGuard(long limit, ProblemResponses problems) {
        this.limit = limit;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            // Tomcat then reads (at most maxSwallowSize of) the rest or closes the connection; nobody
            // parses it. Closing tells a client that streams a huge body to stop.
            response.setHeader("Connection", "close");
            problems.write(response, Problems.requestBodyTooLarge(limit));
            return;
        }
        try {
            chain.doFilter(new GuardedRequest(request, limit), response);
        } catch (IOException | ServletException | RuntimeException failure) {
            // A body read outside Spring MVC (another filter, a servlet) still gets its problem.
            RequestBodyTooLarge tooLarge = Problems.findCause(failure, RequestBodyTooLarge.class);
            if (tooLarge == null || response.isCommitted()) {
                throw failure;
            }
            response.reset();
            response.setHeader("Connection", "close");
            problems.write(response, Problems.requestBodyTooLarge(limit));
        }
    }

    /** Whether the body is JSON, which RFC 8259 requires to be UTF-8. */
    static boolean isUtf8Json(String contentType) {
        if (contentType == null) {
            return false;
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentType);
        } catch (IllegalArgumentException unparseable) {
            return false; // Spring MVC answers 415 for it
        }
        boolean json = MediaType.APPLICATION_JSON.includes(type)
                || (type.getSubtype().endsWith("+json") && "application".equals(type.getType()));
        String charset = type.getParameter("charset");
        return json && (charset == null || "utf-8".equalsIgnoreCase(charset.replace("\"", "")));
    }

    private static final class GuardedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream body;

        GuardedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                ServletInputStream limited = new LimitedInputStream(super.getInputStream(), limit);
                body = isUtf8Json(getContentType()) ? new Utf8CheckingInputStream(limited) : limited;
            }
            return body;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            // The container's reader would bypass the limit.
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }
}
