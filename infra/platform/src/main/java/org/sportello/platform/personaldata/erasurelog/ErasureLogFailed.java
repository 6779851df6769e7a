package org.sportello.platform.personaldata.erasurelog;

/** Kafka did not take an erasure, or could not be read; the processor (or the administrator) tries again. */
public class ErasureLogFailed extends RuntimeException {

    public ErasureLogFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
