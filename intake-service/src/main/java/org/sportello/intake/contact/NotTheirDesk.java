package org.sportello.intake.contact;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.sportello.platform.problem.Problems;

/**
 * A partner desk named an office its token does not bind it to ({@code offices} claim): a 403, as
 * any act outside the caller's rights is, whether or not that office exists, so a desk learns
 * nothing of other offices. Not a {@code DomainException}: the platform's kinds have no 403, so
 * {@link ContactController} writes the problem itself.
 */
public class NotTheirDesk extends RuntimeException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "not-their-desk";
    static final String FIELD = "officeId";

    NotTheirDesk(String officeId) {
        super("a partner desk records contacts only at the offices its token names (offices claim), "
                + "and '" + officeId + "' is not one of them");
    }

    ProblemDetail problem() {
        return Problems.ofField(HttpStatus.FORBIDDEN, TYPE, "Not their desk",
                new Problems.FieldError(FIELD, getMessage()));
    }
}
