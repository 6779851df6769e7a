package org.sportello.reporting.consuming;

/**
 * A record parsed as JSON but lacks what a projection needs (an office, an instant, ...). Like
 * unreadable JSON it is logged and skipped, never retried: retrying cannot make it usable.
 */
public class UnusableEvent extends RuntimeException {

    public UnusableEvent(String reason) {
        super(reason);
    }
}
