package org.sportello.intake.citizen;

import java.time.Instant;

import org.sportello.platform.personaldata.ErasureGround;

/**
 * Say again that the citizen was erased, as the erasure log recorded it, after a restore of the
 * database from a backup older than the erasure. Unlike {@link EraseCitizen} it does nothing,
 * and refuses nothing, for a citizen already erased or unknown (registered after the backup).
 */
public record ReapplyErasure(CitizenId citizenId, ErasureGround ground, String reference, String erasedBy,
                             Instant erasedAt) {
}
