package org.sportello.contracts.scheduling.v1;

import java.time.Instant;

/**
 * A district (ambito / distretto) was created: the municipalities of an area that plan their social
 * services together, e.g. Est Milano. Keyed by {@code districtId}.
 *
 * @param districtId lowercase slug chosen by the administrator, e.g. {@code est-milano}
 * @param name       the district's public name
 * @param createdAt  when it was created, UTC
 * @param recordedBy who created it (the token's pseudonymous {@code sub}); null when no caller did
 */
public record DistrictCreated(String districtId, String name, Instant createdAt, String recordedBy) {

    public static final String TYPE = "sportello.scheduling.DistrictCreated.v1";
}
