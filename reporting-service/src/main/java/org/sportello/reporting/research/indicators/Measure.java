package org.sportello.reporting.research.indicators;

/** A count behind the indicators; each unit and month has one cell of each in the month's release. */
enum Measure {
    EPISODES("episodes"), CARE_FIRST("careFirst"), CONTROL_BEFORE_CARE("controlBeforeCare"), ENDED("ended"),
    DROP_OFF("dropOff"), CONTACTS("contacts"), JOINT("joint"), DECENTRALISED("decentralised");

    private final String cell;

    Measure(String cell) {
        this.cell = cell;
    }

    /** Its name in cell ids. */
    String cell() {
        return cell;
    }
}
