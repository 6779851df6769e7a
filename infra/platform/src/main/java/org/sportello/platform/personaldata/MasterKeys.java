package org.sportello.platform.personaldata;

import java.util.Optional;

/**
 * The master key in use and, while a rotation is under way, the one it replaces: keys wrapped by
 * either can be read, new keys are wrapped by the current one, and {@link DataKeys#rewrap()}
 * moves the rest over.
 */
final class MasterKeys {

    static final String SETTING = "SPORTELLO_MASTER_KEY";
    static final String PREVIOUS_SETTING = "SPORTELLO_PREVIOUS_MASTER_KEY";

    private final MasterKey current;
    private final MasterKey previous;

    MasterKeys(MasterKey current, MasterKey previous) {
        this.current = current;
        this.previous = previous != null && previous.id().equals(current.id()) ? null : previous;
    }

    static MasterKeys from(PersonalDataProperties properties) {
        String previous = properties.previousMasterKey();
        return new MasterKeys(MasterKey.parse(properties.masterKey(), SETTING),
                previous == null || previous.isBlank() ? null : MasterKey.parse(previous, PREVIOUS_SETTING));
    }

    MasterKey current() {
        return current;
    }

    Optional<MasterKey> previous() {
        return Optional.ofNullable(previous);
    }

    /** The configured key of that id; an unknown id means the service was started with the wrong key. */
    MasterKey byId(String id) {
        if (current.id().equals(id)) {
            return current;
        }
        if (previous != null && previous.id().equals(id)) {
            return previous;
        }
        String given = previous == null ? "which is not " + SETTING + " (" + current.id() + ")"
                : "which is neither " + SETTING + " (" + current.id() + ") nor " + PREVIOUS_SETTING + " ("
                + previous.id() + ")";
        throw new InvalidMasterKey("Keys in the database are wrapped by master key " + id + ", " + given
                + ". Start the service with the key it was using; to replace a key, set the old one as "
                + PREVIOUS_SETTING + " and re-wrap (README, Personal data).");
    }
}
