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
 */
public record CitizenRegistered(UUID citizenId, Instant registeredAt,
                                String recordedBy) {

    public static final String TYPE = "sportello.intake.CitizenRegistered.v1";

    /** Without {@code recordedBy}: events recorded before it was published, or by no operator. */
    public CitizenRegistered(UUID citizenId, Instant registeredAt) {
        this(citizenId, registeredAt, null);
    }
}
