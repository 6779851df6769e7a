package org.sportello.testing;

/** What a test's HTTP client got back: enough to check a problem the way a client reads it. */
public interface HttpAnswer {

    int status();

    /** The {@code Content-Type} header, or null when the answer had none. */
    String contentType();

    String body();
}
