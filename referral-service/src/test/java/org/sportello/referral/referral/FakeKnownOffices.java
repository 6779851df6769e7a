package org.sportello.referral.referral;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.sportello.referral.known.KnownOffice;
import org.sportello.referral.known.KnownOffices;

/** The offices scheduling has published, as a test sets them. */
final class FakeKnownOffices implements KnownOffices {

    private final Map<String, KnownOffice> offices = new HashMap<>();

    FakeKnownOffices with(KnownOffice office) {
        offices.put(office.officeId(), office);
        return this;
    }

    @Override
    public Optional<KnownOffice> office(String officeId) {
        return Optional.ofNullable(offices.get(officeId));
    }

    @Override
    public boolean districtExists(String districtId) {
        return offices.values().stream().anyMatch(office -> office.districtId().equals(districtId));
    }

    @Override
    public Optional<String> districtOf(String municipalityId) {
        return offices.values().stream().filter(office -> office.municipalityId().equals(municipalityId))
                .map(KnownOffice::districtId).findFirst();
    }
}
