package org.sportello.reporting.research.indicators;

/**
 * What the indicators of one unit and month are computed from: counts of episodes (by their first
 * contact's month and office) and of contacts. {@code ended} counts the episodes no longer OPEN,
 * {@code dropOff} those of them that ended with nothing beyond information; {@code decentralised}
 * the episodes opened at an office that is not its municipality's central one.
 */
record Counts(long episodes, long careFirst, long controlBeforeCare, long ended, long dropOff, long contacts,
              long joint, long decentralised) {

    static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0);

    Counts plus(Counts other) {
        return new Counts(episodes + other.episodes, careFirst + other.careFirst,
                controlBeforeCare + other.controlBeforeCare, ended + other.ended, dropOff + other.dropOff,
                contacts + other.contacts, joint + other.joint, decentralised + other.decentralised);
    }

    long get(Measure measure) {
        return switch (measure) {
            case EPISODES -> episodes;
            case CARE_FIRST -> careFirst;
            case CONTROL_BEFORE_CARE -> controlBeforeCare;
            case ENDED -> ended;
            case DROP_OFF -> dropOff;
            case CONTACTS -> contacts;
            case JOINT -> joint;
            case DECENTRALISED -> decentralised;
        };
    }

    /** The counts of an office: its episodes are decentralised unless it is its municipality's central office. */
    static Counts atOffice(long episodes, long careFirst, long controlBeforeCare, long ended, long dropOff,
                           long contacts, long joint, boolean central) {
        return new Counts(episodes, careFirst, controlBeforeCare, ended, dropOff, contacts, joint,
                central ? 0 : episodes);
    }
}
