package org.sportello.platform.web;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sportello.platform.problem.ProblemResponses;
import org.sportello.platform.problem.Problems;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * {@code /error}, where the servlet container sends whatever failed outside Spring MVC's handlers
 * (a filter that threw, a {@code sendError} from Spring Security's firewall): a problem, not Spring
 * Boot's {@code {timestamp, error, path}} JSON. It writes the response itself, whatever the client
 * accepts, since a content negotiation failure here would leave the client with nothing.
 */
@Controller
public class ProblemErrorController implements ErrorController {

    private final ProblemResponses problems;

    public ProblemErrorController(ProblemResponses problems) {
        this.problems = problems;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    public void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        int status = code instanceof Integer value ? value : HttpStatus.INTERNAL_SERVER_ERROR.value();
        response.resetBuffer();
        problems.write(response, problemFor(status, failure));
    }

    static ProblemDetail problemFor(int status, Throwable failure) {
        RequestBodyTooLarge tooLarge = Problems.findCause(failure, RequestBodyTooLarge.class);
        if (tooLarge != null) {
            return Problems.requestBodyTooLarge(tooLarge.limit());
        }
        HttpStatus known = HttpStatus.resolve(status);
        if (known == null || known.is5xxServerError()) {
            return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, Problems.INTERNAL_ERROR, "Internal error",
                    "The request could not be completed; nothing was recorded. The failure is logged.");
        }
        if (known == HttpStatus.BAD_REQUEST) {
            return Problems.of(known, Problems.MALFORMED_REQUEST, "Malformed request",
                    "The request was refused before it reached the application; nothing was recorded.");
        }
        return Problems.of(known, Problems.slugOf(known), known.getReasonPhrase(),
                "The request was refused before it reached the application; nothing was recorded.");
    }
}
