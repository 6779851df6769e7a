package org.sportello.contracts.intake.v1;

import java.time.Instant;
import java.util.UUID;

/**
 * An administrator erased a citizen's personal data in intake (GDPR art. 17): intake no longer
 * knows who the citizen was. The event says whose data and when, nothing else: the ground, the
 * request's reference and who erased stay inside intake, since no consumer needs them to comply
 * and every consumer would learn them.
 *
 * <p>On receipt a consumer deletes or anonymises whatever it holds that identifies the citizen,
 * and keeps its anonymous counts: a count already published (monthly users, waiting times, …)
 * does not change because a citizen counted in it was erased. A consumer that holds nothing that
 * identifies anyone (the pseudonymous {@code citizenId} alone, in aggregates that no query hands
 * out) may pass it over, and says why in its code.
 *
 * <p>Keyed by {@code citizenId}, so it is not ordered with the citizen's case events (keyed by
 * case): a consumer may receive events that carry this {@code citizenId} after it, from another
 * partition or when it replays the topic. The topic keeps those events as they were published.
 *
 * @param citizenId the pseudonymous id of the citizen whose personal data was erased; the Kafka
 *                  key and {@code ce_subject}
 * @param erasedAt  when the erasure was recorded, UTC
 */
public record CitizenErased(UUID citizenId, Instant erasedAt) {

    public static final String TYPE = "sportello.intake.CitizenErased.v1";
}
