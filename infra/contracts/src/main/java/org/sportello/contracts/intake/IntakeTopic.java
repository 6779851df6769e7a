package org.sportello.contracts.intake;

/** Where intake publishes, and how it names itself as the source of its events. */
public final class IntakeTopic {

    public static final String NAME = "sportello.intake.events";
    public static final String SOURCE = "/sportello/intake";

    private IntakeTopic() {
    }
}
