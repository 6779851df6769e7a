package org.sportello.contracts.scheduling.v1;

import java.time.Instant;

/**
 * An office was created: from now on other services accept its id (intake records contacts there).
 * Keyed by {@code officeId}.
 *
 * @param officeId       lowercase slug, e.g. {@code monza-san-rocco}: the office id every service uses
 * @param municipalityId the municipality it belongs to (see {@link MunicipalityCreated})
 * @param name           the office's public name
 * @param address        the office's public street address
 * @param kind           a municipal secretariat or a partner's desk
 * @param partnerName    the partner association running a {@link OfficeKind#PARTNER_DESK}; null otherwise
 * @param createdAt      when it was created, UTC
 * @param recordedBy     who created it (the token's pseudonymous {@code sub}); null when no caller did
 * @param central        true for the municipality's central office (sede centrale) of the secretariat,
 *                       false for a neighbourhood office or a partner's desk: researchers compare how
 *                       first access is spread between them (decentralisation); optional, absent
 *                       (null, read as false) from events published before it was added
 */
public record OfficeCreated(String officeId, String municipalityId, String name, String address, OfficeKind kind,
                            String partnerName, Instant createdAt, String recordedBy, Boolean central) {

    public static final String TYPE = "sportello.scheduling.OfficeCreated.v1";

    /** Without {@code central}: an office that is not its municipality's central office. */
    public OfficeCreated(String officeId, String municipalityId, String name, String address, OfficeKind kind,
                         String partnerName, Instant createdAt, String recordedBy) {
        this(officeId, municipalityId, name, address, kind, partnerName, createdAt, recordedBy, null);
    }
}
