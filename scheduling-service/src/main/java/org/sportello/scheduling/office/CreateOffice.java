package org.sportello.scheduling.office;

import java.time.Instant;

/** @param partnerName the partner running a {@link OfficeKind#PARTNER_DESK}; null for a secretariat */
public record CreateOffice(OfficeId officeId, MunicipalityId municipalityId, String name, String address,
                           OfficeKind kind, String partnerName, Instant createdAt) {
}
