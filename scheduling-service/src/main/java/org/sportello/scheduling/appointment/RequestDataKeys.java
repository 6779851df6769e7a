package org.sportello.scheduling.appointment;

/** The data key that seals a request's callback number, as the end of the request sees it. */
public interface RequestDataKeys {

    /** Shreds it within the current transaction: from its commit the number reads as erased. Idempotent. */
    void shred(RequestId requestId);
}
