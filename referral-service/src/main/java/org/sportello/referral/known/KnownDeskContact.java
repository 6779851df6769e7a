package org.sportello.referral.known;

import java.util.UUID;

/**
 * A partner desk's orientation contact as intake published it.
 *
 * @param officeId   the partner desk where it was recorded
 * @param recordedBy who recorded it (the token's {@code sub}); null when intake published none
 */
public record KnownDeskContact(UUID contactId, String officeId, String recordedBy) {
}
