package org.sportello.platform.deadletter;

import org.sportello.platform.problem.DomainException;

/** No processing group of this service has parked events under that sequence id. */
public class DeadLetterSequenceNotFound extends DomainException {

    /** The problem type, a public identifier: written once here, never derived from the class name. */
    public static final String TYPE = "dead-letter-sequence-not-found";

    public DeadLetterSequenceNotFound(String sequenceId) {
        super(TYPE, Kind.NOT_FOUND, "sequenceId", "no dead letters in sequence " + sequenceId);
    }
}
