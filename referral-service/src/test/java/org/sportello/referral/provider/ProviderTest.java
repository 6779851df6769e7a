package org.sportello.referral.provider;

import java.time.Instant;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.referral.known.InMemoryKnownOffices;

class ProviderTest {

    private static final ProviderId SERD = new ProviderId("serd-monza");
    private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
    private static final String DISTRICT = "monza";
    private static final String MONZA = "monza-city";
    private static final String BRUGHERIO = "brugherio";

    private final InMemoryProviderIds ids = new InMemoryProviderIds();
    private final InMemoryKnownOffices offices = new InMemoryKnownOffices()
            .district(DISTRICT).municipality(MONZA, DISTRICT).municipality(BRUGHERIO, DISTRICT)
            .district("est-milano").municipality("segrate", "est-milano");
    private FixtureConfiguration<Provider> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Provider.class);
        fixture.registerAnnotatedCommandHandler(new ProviderRegistration(fixture.getRepository(), ids, offices));
    }

    private static RegisterProvider register(List<String> municipalities, Integer deadline) {
        return new RegisterProvider(SERD, "SerD Monza", ProviderKind.PUBLIC_SERVICE, ServiceType.ADDICTIONS, DISTRICT,
                municipalities, ContactChannel.PEC, deadline, AT);
    }

    private static ProviderRegistered registered(List<String> municipalities, int deadline) {
        return new ProviderRegistered(SERD, "SerD Monza", ProviderKind.PUBLIC_SERVICE, ServiceType.ADDICTIONS, DISTRICT,
                municipalities, ContactChannel.PEC, deadline, AT);
    }

    @Test
    void providerWithoutADeadlineGetsTheDefaultOfItsServiceType() {
        fixture.givenNoPriorActivity()
               .when(register(List.of(), null))
               .expectResultMessagePayload(SERD)
               .expectEvents(registered(List.of(), ServiceType.ADDICTIONS.defaultDeadlineWorkingDays()));
    }

    @Test
    void providerKeepsTheDeadlineItsRegistrationSets() {
        fixture.givenNoPriorActivity()
               .when(register(List.of(MONZA, BRUGHERIO), 3))
               .expectEvents(registered(List.of(MONZA, BRUGHERIO), 3));
    }

    @Test
    void deadlineOutsideOneToSixtyWorkingDaysIsRefused() {
        fixture.givenNoPriorActivity()
               .when(register(List.of(), 61))
               .expectNoEvents()
               .expectException(InvalidProviderRequest.class);
    }

    @Test
    void deadlineOfNoWorkingDaysIsRefused() {
        fixture.givenNoPriorActivity()
               .when(register(List.of(), 0))
               .expectNoEvents()
               .expectException(InvalidProviderRequest.class);
    }

    @Test
    void districtSchedulingNeverPublishedIsRefused() {
        fixture.givenNoPriorActivity()
               .when(new RegisterProvider(SERD, "SerD", ProviderKind.PUBLIC_SERVICE, ServiceType.ADDICTIONS, "nowhere",
                       List.of(), ContactChannel.PHONE, null, AT))
               .expectNoEvents()
               .expectException(UnknownDistrict.class);
    }

    @Test
    void municipalitySchedulingNeverPublishedIsRefused() {
        fixture.givenNoPriorActivity()
               .when(register(List.of(MONZA, "atlantis"), null))
               .expectNoEvents()
               .expectException(UnknownMunicipality.class);
    }

    @Test
    void municipalityOfAnotherDistrictIsRefused() {
        fixture.givenNoPriorActivity()
               .when(register(List.of("segrate"), null))
               .expectNoEvents()
               .expectException(MunicipalityNotInDistrict.class);
    }

    @Test
    void municipalityNamedTwiceIsRefused() {
        fixture.givenNoPriorActivity()
               .when(register(List.of(MONZA, MONZA), null))
               .expectNoEvents()
               .expectException(InvalidProviderRequest.class);
    }

    @Test
    void providerIdTakenAlreadyIsAConflict() {
        ids.claim(SERD);

        fixture.givenNoPriorActivity()
               .when(register(List.of(), null))
               .expectNoEvents()
               .expectException(ProviderAlreadyRegistered.class);
    }
}
