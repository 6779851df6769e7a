package org.sportello.platform.consuming;

/**
 * A projection's verdict on a value that fits the contract but that it cannot use (an office slug
 * it reserves, an instant outside the years it stores, ...). Thrown from
 * {@link KafkaProjection#read}; the record goes to the dead-letter topic with this message as its
 * reason, never retried: retrying cannot make it usable.
 */
public class UnusableEvent extends RuntimeException {

    public UnusableEvent(String reason) {
        super(reason);
    }
}
