package org.sportello.scheduling.operator;

import java.time.Instant;

import org.sportello.platform.personaldata.ErasureGround;

/**
 * An administrator erases the operator's name (GDPR art. 17), on a request the municipality has
 * filed; the operator stays registered and keeps working under their pseudonymous id.
 *
 * @param reference the administration's reference for the request, never the person's name
 * @param erasedBy  the administrator's operator id, from the token
 */
public record EraseOperatorName(OperatorId operatorId, ErasureGround ground, String reference, String erasedBy,
                                Instant erasedAt) {
}
