package org.sportello.scheduling.office;

import java.time.Instant;

public record MunicipalityCreated(MunicipalityId municipalityId, String name, DistrictId districtId,
                                  Instant createdAt) {
}
