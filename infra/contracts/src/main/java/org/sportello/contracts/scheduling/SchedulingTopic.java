package org.sportello.contracts.scheduling;

/** Where scheduling publishes, and how it names itself as the source of its events. */
public final class SchedulingTopic {

    public static final String NAME = "sportello.scheduling.events";
    public static final String SOURCE = "/sportello/scheduling";

    private SchedulingTopic() {
    }
}
