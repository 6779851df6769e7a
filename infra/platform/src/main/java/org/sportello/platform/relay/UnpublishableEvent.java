package org.sportello.platform.relay;

/**
 * An event the relay can never publish as it is: its translation fails, or its record is larger
 * than Kafka accepts. Retrying cannot help, so the relay's dead-letter policy parks it (and the
 * later events of its aggregate) instead of stalling every other aggregate behind it. Only this
 * exception is dead-lettered; a Kafka outage never is.
 */
public class UnpublishableEvent extends RuntimeException {

    public UnpublishableEvent(String message, Throwable cause) {
        super(message, cause);
    }
}
