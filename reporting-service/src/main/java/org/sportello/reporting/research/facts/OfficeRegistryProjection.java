package org.sportello.reporting.research.facts;

import java.util.ArrayList;
import java.util.List;

import org.sportello.contracts.scheduling.SchedulingTopic;
import org.sportello.platform.consuming.Delivered;
import org.sportello.platform.consuming.TopicProjection;
import org.sportello.reporting.research.ResearchRevision;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The office registry research groups by: districts, municipalities, offices (with the
 * municipality's central office marked), from scheduling's events. Each is created once; a
 * creation told again is the same fact and is kept as first stored.
 */
@Component
class OfficeRegistryProjection extends TopicProjection<OfficeFact> {

    static final String NAME = "research-offices";

    private final FactTables tables;
    private final ResearchRevision revision;

    OfficeRegistryProjection(FactTables tables, ResearchRevision revision,
                             @Value("${sportello.reporting.research.offices.group-id}") String groupId,
                             @Value("${sportello.reporting.research.offices.concurrency:1}") int concurrency) {
        super(NAME, SchedulingTopic.NAME, groupId, concurrency, OfficeFactReader.TYPES);
        this.tables = tables;
        this.revision = revision;
    }

    @Override
    public OfficeFact read(String type, byte[] value) {
        return OfficeFactReader.read(type, value);
    }

    @Override
    public void apply(List<Delivered<OfficeFact>> events) {
        List<OfficeFact.District> districts = new ArrayList<>();
        List<OfficeFact.Municipality> municipalities = new ArrayList<>();
        List<OfficeFact.Office> offices = new ArrayList<>();
        for (Delivered<OfficeFact> delivered : events) {
            OfficeFact fact = delivered.event();
            if (fact instanceof OfficeFact.District district) {
                districts.add(district);
            } else if (fact instanceof OfficeFact.Municipality municipality) {
                municipalities.add(municipality);
            } else if (fact instanceof OfficeFact.Office office) {
                offices.add(office);
            }
        }
        tables.addDistricts(districts);
        tables.addMunicipalities(municipalities);
        tables.addOffices(offices);
        revision.moved();
    }

    @Override
    public List<String> tables() {
        return FactTables.OFFICE_TABLES;
    }
}
