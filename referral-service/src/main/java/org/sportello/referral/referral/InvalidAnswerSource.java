package org.sportello.referral.referral;

import org.sportello.platform.problem.DomainException;

/**
 * An answer's source does not fit who records it: a provider answering itself does so through the
 * API; an operator records what the provider said by phone or e-mail.
 */
public class InvalidAnswerSource extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "invalid-answer-source";

    InvalidAnswerSource(String reason) {
        super(TYPE, Kind.RULE_VIOLATION, "source", "source " + reason);
    }
}
