package org.sportello.contracts.intake.v1;

import java.time.Instant;
import java.util.UUID;

/**
 * A citizen became known to the service. Only the pseudonymous id leaves intake.
 *
 * @param citizenId    the citizen's pseudonymous id: random, so it reveals nothing about the
 *                     person; the Kafka key and {@code ce_subject}
 * @param registeredAt when the citizen was registered, UTC
 */
public record CitizenRegistered(UUID citizenId, Instant registeredAt) {

    public static final String TYPE = "sportello.intake.CitizenRegistered.v1";
}
