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
 * @param recordedBy the operator who recorded it (the token's pseudonymous {@code sub}, never a
 *                   name); optional, null for events recorded before it was published
 */
public record CaseClosed(UUID caseId, UUID citizenId, CaseClosureReason reason, Instant closedAt,
                         String recordedBy) {

    public static final String TYPE = "sportello.intake.CaseClosed.v1";

    /** Without {@code recordedBy}: events recorded before it was published, or by no operator. */
    public CaseClosed(UUID caseId, UUID citizenId, CaseClosureReason reason, Instant closedAt) {
        this(caseId, citizenId, reason, closedAt, null);
    }
}
