package org.sportello.intake.citizen;

import java.util.UUID;

import org.sportello.platform.personaldata.SubjectId;

/** The pseudonymous id by which a citizen is known everywhere outside intake. */
public record CitizenId(UUID value) {

    public static CitizenId random() {
        return new CitizenId(UUID.randomUUID());
    }

    /** A citizen is the subject of their personal data, and of their contacts' notes: one key erases all. */
    public SubjectId subject() {
        return SubjectId.of(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
