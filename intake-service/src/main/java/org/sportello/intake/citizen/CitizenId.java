package org.sportello.intake.citizen;

import java.util.UUID;

/** The pseudonymous id by which a citizen is known everywhere outside intake. */
public record CitizenId(UUID value) {

    public static CitizenId random() {
        return new CitizenId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
