package org.sportello.platform.consuming;

/**
 * A rebuild could not set the projection's consumer group back to the first offsets: Kafka only
 * allows it while no consumer is in the group, and another instance of the service still reads.
 * Nothing was cleared; the projection goes on as before.
 */
public class ProjectionStillConsumed extends RuntimeException {

    ProjectionStillConsumed(String projection, String group, Throwable cause) {
        super("Cannot rebuild " + projection + ": consumer group " + group
                + " still has members (stop the other instances first); nothing was cleared", cause);
    }
}
