package org.sportello.reporting.research.querylog;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records every research query, {@code GET} under {@code /api/research/**} and {@code /api/reports/**},
 * in the request's own flow, whatever the answer was, so a refused query (400, 401, 403, 422) and a
 * failed one (500) are recorded as surely as one that returned rows. A query that reaches its
 * endpoint was recorded before it ran ({@link QueryRecording}); this fills in its outcome once the
 * answer is sent. One refused before (by security, or with no endpoint at that path) disclosed
 * nothing, and is recorded whole here.
 *
 * <p>It wraps Spring Security rather than running inside it, because the security chain answers
 * 401 and 403 itself and a filter after it would never see those. Who asked is read back from the
 * request, where the bearer-token filter keeps the verified caller
 * ({@link RequestAttributeSecurityContextRepository}); the thread's context is cleared by then.
 */
public class QueryLogFilter extends OncePerRequestFilter {

    /** The request attribute an endpoint sets (a {@link Long}) when it counts the rows it returned. */
    public static final String ROWS_RETURNED = QueryLogFilter.class.getName() + ".rowsReturned";
    private static final String ROLE_PREFIX = "ROLE_";
    private static final List<String> RESEARCH_PATHS = List.of("/api/research/", "/api/reports/");
    private static final Logger log = LoggerFactory.getLogger(QueryLogFilter.class);

    private final QueryLog queries;
    private final Clock clock;
    private final RequestAttributeSecurityContextRepository callers = new RequestAttributeSecurityContextRepository();

    QueryLogFilter(QueryLog queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isResearchQuery(request);
    }

    static boolean isResearchQuery(HttpServletRequest request) {
        String path = path(request);
        return "GET".equals(request.getMethod()) && RESEARCH_PATHS.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            // An exception escaping here becomes a 500 after this filter: record it as what the caller gets.
            record(request, failed ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : response.getStatus());
        }
    }

    private void record(HttpServletRequest request, int status) {
        Long rows = request.getAttribute(ROWS_RETURNED) instanceof Long counted ? counted : null;
        if (request.getAttribute(QueryRecording.RECORDED) instanceof Long id) {
            try {
                queries.answered(id, status, rows);
            } catch (RuntimeException e) {
                // The question is recorded; only its outcome stays unconfirmed (a null status).
                log.error("Could not record the outcome (status {}) of research query {}", status, id, e);
            }
            return;
        }
        if (request.getAttribute(QueryRecording.REFUSED) != null) {
            // The log has just refused this very question; the refusal is logged, and nothing was answered.
            return;
        }
        ResearchQuery query = question(request, caller(request), clock.instant(), status, rows);
        try {
            queries.record(query);
        } catch (RuntimeException e) {
            // Refused before any endpoint ran, so nothing was disclosed; the operators should still know.
            log.error("Could not record the research query {} {} by {} (status {})", query.table(), query.parameters(),
                    query.sub(), status, e);
        }
    }

    /**
     * The query as the log keeps it, by this caller (null when none was verified), with its status
     * and rows when known (null before the answer).
     */
    static ResearchQuery question(HttpServletRequest request, Authentication caller, Instant at, Integer status,
                                  Long rows) {
        return new ResearchQuery(at, caller == null ? null : caller.getName(), roles(caller), path(request),
                parameters(request), status, rows);
    }

    private Authentication caller(HttpServletRequest request) {
        SecurityContext context = callers.loadDeferredContext(request).get();
        return authenticated(context == null ? null : context.getAuthentication());
    }

    static Authentication authenticated(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken) ? authentication : null;
    }

    private static List<String> roles(Authentication caller) {
        if (caller == null) {
            return List.of();
        }
        List<String> roles = new ArrayList<>();
        for (GrantedAuthority authority : caller.getAuthorities()) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith(ROLE_PREFIX)) {
                roles.add(name.substring(ROLE_PREFIX.length()));
            }
        }
        return roles.stream().sorted().limit(QueryLog.MAX_ROLES).toList();
    }

    /** The query string's parameters, in their order; a repeated one's values joined by ','. */
    private static Map<String, String> parameters(HttpServletRequest request) {
        Map<String, String> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (parameters.size() < QueryLog.MAX_PARAMETERS) {
                parameters.put(name, String.join(",", Arrays.asList(values)));
            }
        });
        return parameters;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
