package org.sportello.scheduling;

/**
 * The processing group of the projections that commands rely on (office hours, staff, booked slots):
 * subscribing (application.properties), so they are written in the command's own transaction and a
 * booking sees every booking committed before it. Every projection here uses it:
 * {@code @ProcessingGroup(SchedulingProjections.GROUP)}.
 */
public final class SchedulingProjections {

    public static final String GROUP = "scheduling-projections";

    private SchedulingProjections() {
    }
}
