package org.sportello.reporting.research.querylog;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Records a research query before its endpoint runs, once Spring Security has let the caller in:
 * a query the log cannot take is refused ({@link QueryLogUnavailable}, 503) rather than answered
 * unrecorded. {@link QueryLogFilter} fills in the outcome after the answer, and records on its own
 * the queries that never reach an endpoint (refused by security, no such path).
 */
class QueryRecording implements HandlerInterceptor {

    /** The request attribute holding the id of the row written for this request. */
    static final String RECORDED = QueryRecording.class.getName() + ".recorded";
    /** The request attribute set when the log refused the question: the filter does not try again. */
    static final String REFUSED = QueryRecording.class.getName() + ".refused";
    private static final Logger log = LoggerFactory.getLogger(QueryRecording.class);

    private final QueryLog queries;
    private final Clock clock;

    QueryRecording(QueryLog queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!QueryLogFilter.isResearchQuery(request) || request.getAttribute(RECORDED) != null) {
            return true;
        }
        ResearchQuery question = QueryLogFilter.question(request,
                QueryLogFilter.authenticated(SecurityContextHolder.getContext().getAuthentication()),
                clock.instant(), null, null);
        try {
            request.setAttribute(RECORDED, queries.asked(question));
        } catch (RuntimeException e) {
            log.error("Could not record the research query {} {} by {}: refused unanswered", question.table(),
                    question.parameters(), question.sub(), e);
            request.setAttribute(REFUSED, Boolean.TRUE);
            throw new QueryLogUnavailable();
        }
        return true;
    }
}
