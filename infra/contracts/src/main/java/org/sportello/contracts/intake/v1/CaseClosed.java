package org.sportello.contracts.intake.v1;

import java.time.Instant;
import java.util.UUID;

/**
 * A case was closed, with a coded reason.
 *
 * @param caseId    the case; the Kafka key and {@code ce_subject}
 * @param citizenId the pseudonymous id of the citizen the case is about
 * @param reason    why the case was closed
 * @param closedAt  when the case was closed, UTC
 */
public record CaseClosed(UUID caseId, UUID citizenId, CaseClosureReason reason, Instant closedAt) {

    public static final String TYPE = "sportello.intake.CaseClosed.v1";
}
