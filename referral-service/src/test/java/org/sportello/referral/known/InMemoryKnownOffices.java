package org.sportello.referral.known;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What scheduling published, for fixture tests, where there is no database. */
public class InMemoryKnownOffices implements KnownOffices {

    private final Set<String> districts = new HashSet<>();
    private final Map<String, String> municipalities = new HashMap<>();
    private final Map<String, KnownOffice> offices = new HashMap<>();

    public InMemoryKnownOffices district(String districtId) {
        districts.add(districtId);
        return this;
    }

    public InMemoryKnownOffices municipality(String municipalityId, String districtId) {
        municipalities.put(municipalityId, districtId);
        return this;
    }

    public InMemoryKnownOffices office(String officeId, String municipalityId, KnownOffice.OfficeKind kind) {
        offices.put(officeId, new KnownOffice(officeId, municipalityId, municipalities.get(municipalityId), kind));
        return this;
    }

    @Override
    public Optional<KnownOffice> office(String officeId) {
        return Optional.ofNullable(offices.get(officeId));
    }

    @Override
    public boolean districtExists(String districtId) {
        return districts.contains(districtId);
    }

    @Override
    public Optional<String> districtOf(String municipalityId) {
        return Optional.ofNullable(municipalities.get(municipalityId));
    }
}
