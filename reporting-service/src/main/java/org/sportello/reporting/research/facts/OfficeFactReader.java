package org.sportello.reporting.research.facts;

import java.util.Set;

import org.sportello.contracts.scheduling.v1.DistrictCreated;
import org.sportello.contracts.scheduling.v1.MunicipalityCreated;
import org.sportello.contracts.scheduling.v1.OfficeCreated;
import org.sportello.platform.consuming.UnusableEvent;

/** Reads scheduling's office registry into {@link OfficeFact}s. */
final class OfficeFactReader {

    static final Set<String> TYPES = Set.of(DistrictCreated.TYPE, MunicipalityCreated.TYPE, OfficeCreated.TYPE);

    private OfficeFactReader() {
    }

    static OfficeFact read(String type, byte[] json) {
        return switch (type) {
            case DistrictCreated.TYPE -> {
                DistrictCreated district = IntakeFactReader.value(json, DistrictCreated.class);
                yield new OfficeFact.District(district.districtId(), district.name());
            }
            case MunicipalityCreated.TYPE -> {
                MunicipalityCreated municipality = IntakeFactReader.value(json, MunicipalityCreated.class);
                yield new OfficeFact.Municipality(municipality.municipalityId(), municipality.name(),
                        municipality.districtId());
            }
            case OfficeCreated.TYPE -> {
                OfficeCreated office = IntakeFactReader.value(json, OfficeCreated.class);
                // Offices created before "central" was published were none of them central.
                yield new OfficeFact.Office(office.officeId(), office.municipalityId(), office.name(),
                        office.kind().name(), Boolean.TRUE.equals(office.central()));
            }
            default -> throw new UnusableEvent("research does not read " + type);
        };
    }
}
