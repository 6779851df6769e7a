package org.sportello.reporting.research.facts;

import java.time.Instant;
import java.util.UUID;

/** {@code ReferralSent}: the case it refers, whose episode it ends. */
record ReferralFact(UUID referralId, UUID caseId, UUID citizenId, Instant sentAt) {
}
