package org.sportello.intake.publishing;

/**
 * A stored event that no published contract can carry as it is: a code retired since it was
 * recorded, or an office id of a shape the contract refuses. Thrown, not skipped, so the relay
 * sets the event aside where someone can see it (and replay it once an upcaster maps it), rather
 * than publishing a wrong fact or silently leaving one out of everyone's reports.
 */
class Unpublishable extends RuntimeException {

    Unpublishable(String message) {
        super(message);
    }
}
