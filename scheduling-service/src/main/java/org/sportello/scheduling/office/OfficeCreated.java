package org.sportello.scheduling.office;

import java.time.Instant;

/**
 * @param central whether it is its municipality's central office; null in events stored before
 *                offices could be central, which none was, so it reads as false
 */
public record OfficeCreated(OfficeId officeId, MunicipalityId municipalityId, String name, String address,
                            OfficeKind kind, String partnerName, Instant createdAt, Boolean central) {

    public OfficeCreated {
        // Read, not validated (STYLE.md 11): an event stored before the field existed has no value.
        central = Boolean.TRUE.equals(central);
    }
}
