package org.sportello.referral.known;

import java.util.Optional;

/**
 * The office registry as scheduling published it on {@code sportello.scheduling.events}
 * (districts, municipalities, offices): read models in referral's database, never scheduling's.
 */
public interface KnownOffices {

    /** The office with that id, with its municipality's district; empty when scheduling has not published it. */
    Optional<KnownOffice> office(String officeId);

    /** Whether scheduling has published the district. */
    boolean districtExists(String districtId);

    /** The district of a municipality scheduling has published; empty when it has not. */
    Optional<String> districtOf(String municipalityId);
}
