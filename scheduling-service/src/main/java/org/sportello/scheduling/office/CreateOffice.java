package org.sportello.scheduling.office;

import java.time.Instant;

/**
 * @param partnerName the partner running a {@link OfficeKind#PARTNER_DESK}; null for a secretariat
 * @param central     the municipality's central office (sede centrale) of the secretariat: at most one
 *                    per municipality, and only a {@link OfficeKind#SECRETARIAT}
 */
public record CreateOffice(OfficeId officeId, MunicipalityId municipalityId, String name, String address,
                           OfficeKind kind, String partnerName, boolean central, Instant createdAt) {
}
