package org.sportello.scheduling.office;

import java.time.Instant;

public record OfficeCreated(OfficeId officeId, MunicipalityId municipalityId, String name, String address,
                            OfficeKind kind, String partnerName, Instant createdAt) {
}
