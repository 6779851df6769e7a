package org.sportello.referral.known;

import java.util.UUID;

/** A case as intake published it: whose it is, where it was opened, and whether it is closed. */
public record KnownCase(UUID caseId, UUID citizenId, String officeId, boolean closed) {
}
