package org.sportello.contracts.intake.v1;

import java.time.Instant;
import java.util.UUID;

/**
 * A citizen became known to the service. Only the pseudonymous id leaves intake.
 *
 * @param citizenId    the citizen's pseudonymous id: random, so it reveals nothing about the
 *                     person; the Kafka key and {@code ce_subject}
 * @param registeredAt when the citizen was registered, UTC
 * @param recordedBy the operator who recorded it (the token's pseudonymous {@code sub}, never a
 *                   name); optional, null for events recorded before it was published
 * @param birthYear  the year of birth only, never the date, so that researchers can count by age
 *                   band; optional, null for events published before it was added
 * @param sex        sex as in the civil registry; optional, null for events published before it
 *                   was added
 */
public record CitizenRegistered(UUID citizenId, Instant registeredAt,
                                String recordedBy, Integer birthYear, Sex sex) {

    public static final String TYPE = "sportello.intake.CitizenRegistered.v1";

    /** Without {@code birthYear} and {@code sex}: events published before they were added. */
    public CitizenRegistered(UUID citizenId, Instant registeredAt, String recordedBy) {
        this(citizenId, registeredAt, recordedBy, null, null);
    }

    /** Without {@code recordedBy}: events recorded before it was published, or by no operator. */
    public CitizenRegistered(UUID citizenId, Instant registeredAt) {
        this(citizenId, registeredAt, null);
    }
}
