package org.sportello.scheduling.appointment;

import java.util.UUID;

import org.sportello.platform.personaldata.SubjectId;

/** An appointment request: a citizen (or an anonymous caller) asked for an interview at an office. */
public record RequestId(UUID value) {

    public static RequestId random() {
        return new RequestId(UUID.randomUUID());
    }

    /**
     * An anonymous caller's callback number belongs to no citizen: the request is its subject, with a
     * data key of its own, shredded when the request is over.
     */
    public SubjectId subject() {
        return SubjectId.of(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
