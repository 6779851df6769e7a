package org.sportello.contracts.intake.v1;

import java.time.Instant;
import java.util.UUID;

/**
 * A case moved from first-level access to a professional's charge (presa in carico).
 *
 * @param caseId          the case; the Kafka key and {@code ce_subject}
 * @param citizenId       the pseudonymous id of the citizen the case is about
 * @param operatorId      the operator who took the case in charge: an opaque id, never a name
 * @param takenInChargeAt when the case was taken in charge, UTC
 * @param recordedBy the operator who recorded it (the token's pseudonymous {@code sub}, never a
 *                   name); optional, null for events recorded before it was published
 */
public record CaseTakenInCharge(UUID caseId, UUID citizenId, String operatorId, Instant takenInChargeAt,
                                String recordedBy) {

    public static final String TYPE = "sportello.intake.CaseTakenInCharge.v1";

    /** Without {@code recordedBy}: events recorded before it was published, or by no operator. */
    public CaseTakenInCharge(UUID caseId, UUID citizenId, String operatorId, Instant takenInChargeAt) {
        this(caseId, citizenId, operatorId, takenInChargeAt, null);
    }
}
