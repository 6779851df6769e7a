package org.sportello.scheduling.office;

import static org.sportello.scheduling.office.OfficeFixture.AT;
import static org.sportello.scheduling.office.OfficeFixture.DISTRICT;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DistrictTest {

    private final InMemoryRegistryIds ids = new InMemoryRegistryIds();
    private FixtureConfiguration<District> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(District.class);
        fixture.registerAnnotatedCommandHandler(new DistrictCreation(fixture.getRepository(), ids));
    }

    @Test
    void newDistrictIsCreated() {
        fixture.givenNoPriorActivity()
               .when(new CreateDistrict(DISTRICT, "Apuania", AT))
               .expectResultMessagePayload(DISTRICT)
               .expectEvents(new DistrictCreated(DISTRICT, "Apuania", AT));
    }

    @Test
    void districtIdTakenAlreadyIsAConflict() {
        ids.claim(RegistryIds.Kind.DISTRICT, DISTRICT.value());

        fixture.givenNoPriorActivity()
               .when(new CreateDistrict(DISTRICT, "Apuania", AT))
               .expectNoEvents()
               .expectException(DistrictAlreadyExists.class);
    }
}
