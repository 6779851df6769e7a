package org.sportello.scheduling.office;

import static org.sportello.scheduling.office.OfficeFixture.AT;
import static org.sportello.scheduling.office.OfficeFixture.DISTRICT;
import static org.sportello.scheduling.office.OfficeFixture.MUNICIPALITY;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MunicipalityTest {

    private final InMemoryRegistryIds ids = new InMemoryRegistryIds();
    private FixtureConfiguration<Municipality> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Municipality.class);
        fixture.registerAnnotatedCommandHandler(new MunicipalityCreation(fixture.getRepository(), ids));
    }

    @Test
    void municipalityInAnExistingDistrictIsCreated() {
        ids.claim(RegistryIds.Kind.DISTRICT, DISTRICT.value());

        fixture.givenNoPriorActivity()
               .when(new CreateMunicipality(MUNICIPALITY, "Massa", DISTRICT, AT))
               .expectResultMessagePayload(MUNICIPALITY)
               .expectEvents(new MunicipalityCreated(MUNICIPALITY, "Massa", DISTRICT, AT));
    }

    @Test
    void municipalityInADistrictNeverCreatedIsRefused() {
        fixture.givenNoPriorActivity()
               .when(new CreateMunicipality(MUNICIPALITY, "Massa", DISTRICT, AT))
               .expectNoEvents()
               .expectException(UnknownDistrict.class);
    }

    @Test
    void municipalityIdTakenAlreadyIsAConflict() {
        ids.claim(RegistryIds.Kind.DISTRICT, DISTRICT.value());
        ids.claim(RegistryIds.Kind.MUNICIPALITY, MUNICIPALITY.value());

        fixture.givenNoPriorActivity()
               .when(new CreateMunicipality(MUNICIPALITY, "Massa", DISTRICT, AT))
               .expectNoEvents()
               .expectException(MunicipalityAlreadyExists.class);
    }
}
