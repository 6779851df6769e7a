package org.sportello.platform.relay;

/** Kafka did not take a batch; the relay's processor rolls its token back and retries. */
public class RelayFailed extends RuntimeException {

    public RelayFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
