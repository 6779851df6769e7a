package org.sportello.scheduling.office;

import java.time.Instant;

public record DistrictCreated(DistrictId districtId, String name, Instant createdAt) {
}
