package org.sportello.contracts.scheduling.v1;

import java.time.Instant;

/**
 * A municipality was created in a district. Keyed by {@code municipalityId}.
 *
 * @param municipalityId lowercase slug, e.g. {@code monza}
 * @param name           the municipality's public name
 * @param districtId     the district it belongs to (see {@link DistrictCreated})
 * @param createdAt      when it was created, UTC
 * @param recordedBy     who created it (the token's pseudonymous {@code sub}); null when no caller did
 */
public record MunicipalityCreated(String municipalityId, String name, String districtId, Instant createdAt,
                                  String recordedBy) {

    public static final String TYPE = "sportello.scheduling.MunicipalityCreated.v1";
}
