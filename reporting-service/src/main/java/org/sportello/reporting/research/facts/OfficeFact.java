package org.sportello.reporting.research.facts;

/** What research keeps of scheduling's office registry. */
sealed interface OfficeFact {

    record District(String districtId, String name) implements OfficeFact {
    }

    record Municipality(String municipalityId, String name, String districtId) implements OfficeFact {
    }

    /** @param central the municipality's central office; every other office is decentralised */
    record Office(String officeId, String municipalityId, String name, String kind, boolean central)
            implements OfficeFact {
    }
}
