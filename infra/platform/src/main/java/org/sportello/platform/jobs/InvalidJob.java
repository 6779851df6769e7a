package org.sportello.platform.jobs;

/** A service declared a {@link RecurringJob} the platform cannot schedule; the service does not start. */
public class InvalidJob extends RuntimeException {

    public InvalidJob(String message) {
        super(message);
    }

    public InvalidJob(String message, Throwable cause) {
        super(message, cause);
    }
}
