package org.sportello.platform.personaldata;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Ends a refused start with what to do, instead of a page of bean-creation causes. */
class InvalidMasterKeyFailureAnalyzer extends AbstractFailureAnalyzer<InvalidMasterKey> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidMasterKey cause) {
        return new FailureAnalysis("The service cannot protect the personal data it keeps: " + cause.getMessage(),
                "Set SPORTELLO_MASTER_KEY (and, during a rotation, SPORTELLO_PREVIOUS_MASTER_KEY) as the README's "
                        + "section Personal data says. Local runs: the launcher makes and keeps one.", cause);
    }
}
