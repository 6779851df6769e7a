package org.sportello.scheduling.office;

import java.time.Instant;

public record CreateDistrict(DistrictId districtId, String name, Instant createdAt) {
}
