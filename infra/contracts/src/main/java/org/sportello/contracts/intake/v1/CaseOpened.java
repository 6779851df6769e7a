package org.sportello.contracts.intake.v1;

import java.time.Instant;
import java.util.UUID;

/**
 * A citizen's case was opened by a contact, at the office where that contact happened.
 *
 * @param caseId    the new case's id; the Kafka key and {@code ce_subject}
 * @param citizenId the pseudonymous id of the citizen the case is about
 * @param officeId  slug of the office that opened the case
 * @param openedAt  when the case was opened, UTC
 * @param recordedBy the operator who recorded it (the token's pseudonymous {@code sub}, never a
 *                   name); optional, null for events recorded before it was published
 */
public record CaseOpened(UUID caseId, UUID citizenId, String officeId, Instant openedAt,
                         String recordedBy) {

    public static final String TYPE = "sportello.intake.CaseOpened.v1";

    /** Without {@code recordedBy}: events recorded before it was published, or by no operator. */
    public CaseOpened(UUID caseId, UUID citizenId, String officeId, Instant openedAt) {
        this(caseId, citizenId, officeId, openedAt, null);
    }
}
