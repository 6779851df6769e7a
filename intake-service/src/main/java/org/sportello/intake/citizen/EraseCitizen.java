package org.sportello.intake.citizen;

import java.time.Instant;

import org.sportello.platform.personaldata.ErasureGround;

/**
 * Erase the citizen's personal data, for good: refused when it was erased already.
 *
 * @param erasedBy the caller's operator id, from the token
 */
public record EraseCitizen(CitizenId citizenId, ErasureGround ground, String reference, String erasedBy,
                           Instant erasedAt) {
}
