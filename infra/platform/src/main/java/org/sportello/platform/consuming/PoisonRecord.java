package org.sportello.platform.consuming;

/**
 * Why a projection cannot use a record: the record, not the system, is at fault, so no retry can
 * help. It is what the dead letter's exception headers name; its message is the reason header.
 * No stack trace: where the check failed says nothing that the reason does not.
 */
public class PoisonRecord extends RuntimeException {

    private final String projection;
    private final String group;

    PoisonRecord(String projection, String group, String reason, Throwable cause) {
        super(reason, cause, false, false);
        this.projection = projection;
        this.group = group;
    }

    public String projection() {
        return projection;
    }

    /** The consumer group that gave up on the record. */
    public String group() {
        return group;
    }

    public String reason() {
        return getMessage();
    }
}
