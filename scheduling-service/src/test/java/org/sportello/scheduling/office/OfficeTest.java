package org.sportello.scheduling.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.scheduling.office.OfficeFixture.AT;
import static org.sportello.scheduling.office.OfficeFixture.CENTRAL_OFFICE;
import static org.sportello.scheduling.office.OfficeFixture.FROM;
import static org.sportello.scheduling.office.OfficeFixture.MUNICIPALITY;
import static org.sportello.scheduling.office.OfficeFixture.OFFICE;
import static org.sportello.scheduling.office.OfficeFixture.centralSecretariatCreated;
import static org.sportello.scheduling.office.OfficeFixture.createCentralSecretariat;
import static org.sportello.scheduling.office.OfficeFixture.createSecretariat;
import static org.sportello.scheduling.office.OfficeFixture.secretariatCreated;
import static org.sportello.scheduling.office.OfficeFixture.slot;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OfficeTest {

    private final InMemoryRegistryIds ids = new InMemoryRegistryIds();
    private FixtureConfiguration<Office> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Office.class);
        fixture.registerAnnotatedCommandHandler(new OfficeRegistry(fixture.getRepository(), ids));
        ids.claim(RegistryIds.Kind.MUNICIPALITY, MUNICIPALITY.value());
    }

    @Test
    void secretariatInAnExistingMunicipalityIsCreated() {
        fixture.givenNoPriorActivity()
               .when(createSecretariat())
               .expectSuccessfulHandlerExecution()
               .expectResultMessagePayload(OFFICE)
               .expectEvents(secretariatCreated());
        assertThat(ids.isClaimed(RegistryIds.Kind.OFFICE, OFFICE.value())).isTrue();
    }

    @Test
    void partnerDeskIsCreatedWithItsPartnersName() {
        fixture.givenNoPriorActivity()
               .when(new CreateOffice(OFFICE, MUNICIPALITY, "Sportello Caritas", "Via Roma 2", OfficeKind.PARTNER_DESK,
                       "Caritas Massa", false, AT))
               .expectEvents(new OfficeCreated(OFFICE, MUNICIPALITY, "Sportello Caritas", "Via Roma 2",
                       OfficeKind.PARTNER_DESK, "Caritas Massa", AT, false));
    }

    @Test
    void officeIdTakenAlreadyIsAConflict() {
        ids.claim(RegistryIds.Kind.OFFICE, OFFICE.value());

        fixture.givenNoPriorActivity()
               .when(createSecretariat())
               .expectNoEvents()
               .expectException(OfficeAlreadyExists.class);
    }

    @Test
    void officeIdMayBeTheSameAsItsMunicipalitysId() {
        // Massa the municipality and massa its office: ids of different kinds do not clash.
        fixture.givenNoPriorActivity()
               .when(createSecretariat())
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void officeInAMunicipalityNeverCreatedIsRefused() {
        fixture.givenNoPriorActivity()
               .when(new CreateOffice(OFFICE, new MunicipalityId("atlantide"), "x", "y", OfficeKind.SECRETARIAT, null, false, AT))
               .expectNoEvents()
               .expectException(UnknownMunicipality.class);
    }

    @Test
    void partnerDeskWithoutAPartnerNameIsRefused() {
        fixture.givenNoPriorActivity()
               .when(new CreateOffice(OFFICE, MUNICIPALITY, "Sportello", "Via Roma 2", OfficeKind.PARTNER_DESK, null, false, AT))
               .expectNoEvents()
               .expectException(InvalidPartnerName.class);
    }

    @Test
    void secretariatWithAPartnerNameIsRefused() {
        fixture.givenNoPriorActivity()
               .when(new CreateOffice(OFFICE, MUNICIPALITY, "Sportello", "Via Roma 2", OfficeKind.SECRETARIAT, "Caritas", false, AT))
               .expectNoEvents()
               .expectException(InvalidPartnerName.class);
    }

    @Test
    void officeIsNotCentralUnlessSaidSo() {
        fixture.givenNoPriorActivity()
               .when(createSecretariat())
               .expectEvents(secretariatCreated());
        assertThat(ids.isClaimed(RegistryIds.Kind.CENTRAL_OFFICE, MUNICIPALITY.value())).isFalse();
    }

    @Test
    void centralSecretariatIsCreatedAndClaimsItsMunicipalitysCentralOffice() {
        fixture.givenNoPriorActivity()
               .when(createCentralSecretariat())
               .expectSuccessfulHandlerExecution()
               .expectEvents(centralSecretariatCreated());
        assertThat(ids.isClaimed(RegistryIds.Kind.CENTRAL_OFFICE, MUNICIPALITY.value())).isTrue();
    }

    @Test
    void secondCentralOfficeOfAMunicipalityIsAConflict() {
        ids.claim(RegistryIds.Kind.CENTRAL_OFFICE, MUNICIPALITY.value());

        fixture.givenNoPriorActivity()
               .when(createCentralSecretariat())
               .expectNoEvents()
               .expectException(CentralOfficeExists.class);
    }

    @Test
    void neighbourhoodOfficesMayOpenBesideTheCentralOne() {
        ids.claim(RegistryIds.Kind.CENTRAL_OFFICE, MUNICIPALITY.value());

        fixture.givenNoPriorActivity()
               .when(createSecretariat())
               .expectEvents(secretariatCreated());
    }

    @Test
    void centralOfficesOfTwoMunicipalitiesDoNotClash() {
        MunicipalityId carrara = new MunicipalityId("carrara");
        ids.claim(RegistryIds.Kind.MUNICIPALITY, carrara.value());
        ids.claim(RegistryIds.Kind.CENTRAL_OFFICE, MUNICIPALITY.value());

        fixture.givenNoPriorActivity()
               .when(new CreateOffice(new OfficeId("carrara-centro"), carrara, "Sede centrale", "Piazza 2 Giugno 1",
                       OfficeKind.SECRETARIAT, null, true, AT))
               .expectSuccessfulHandlerExecution();
        assertThat(ids.isClaimed(RegistryIds.Kind.CENTRAL_OFFICE, carrara.value())).isTrue();
    }

    @Test
    void partnerDeskCannotBeTheCentralOffice() {
        fixture.givenNoPriorActivity()
               .when(new CreateOffice(CENTRAL_OFFICE, MUNICIPALITY, "Sportello Caritas", "Via Roma 2",
                       OfficeKind.PARTNER_DESK, "Caritas Massa", true, AT))
               .expectNoEvents()
               .expectException(InvalidCentralOffice.class);
        assertThat(ids.isClaimed(RegistryIds.Kind.CENTRAL_OFFICE, MUNICIPALITY.value())).isFalse();
    }

    @Test
    void officeCreatedStoredBeforeOfficesCouldBeCentralIsNotCentral() {
        assertThat(new OfficeCreated(OFFICE, MUNICIPALITY, "Segretariato Sociale di Massa", "Via Porta Fabbrica 1",
                OfficeKind.SECRETARIAT, null, AT, null).central()).isFalse();
    }

    @Test
    void weeklyHoursAreSetFromTheirDate() {
        List<WeeklySlot> slots = List.of(slot(DayOfWeek.MONDAY, "09:00", "11:00", OpeningMode.WALK_IN),
                slot(DayOfWeek.MONDAY, "11:30", "13:00", OpeningMode.PHONE_LINE));

        fixture.given(secretariatCreated())
               .when(new SetOpeningHours(OFFICE, FROM, slots, AT))
               .expectEvents(new OpeningHoursSet(OFFICE, FROM, slots, AT));
    }

    @Test
    void emptyWeekClosesTheOfficeFromThatDate() {
        fixture.given(secretariatCreated())
               .when(new SetOpeningHours(OFFICE, FROM, List.of(), AT))
               .expectEvents(new OpeningHoursSet(OFFICE, FROM, List.of(), AT));
    }

    @Test
    void laterSetKeepsTheEarlierInHistory() {
        List<WeeklySlot> six = List.of(slot(DayOfWeek.MONDAY, "09:00", "15:00", OpeningMode.WALK_IN));
        List<WeeklySlot> more = List.of(slot(DayOfWeek.TUESDAY, "09:00", "15:00", OpeningMode.WALK_IN));

        fixture.given(secretariatCreated(), new OpeningHoursSet(OFFICE, FROM, six, AT))
               .when(new SetOpeningHours(OFFICE, FROM.plusMonths(6), more, AT))
               .expectEvents(new OpeningHoursSet(OFFICE, FROM.plusMonths(6), more, AT));
    }

    @Test
    void slotEndingWhenItStartsIsRefused() {
        fixture.given(secretariatCreated())
               .when(new SetOpeningHours(OFFICE, FROM, List.of(slot(DayOfWeek.MONDAY, "11:00", "11:00",
                       OpeningMode.WALK_IN)), AT))
               .expectNoEvents()
               .expectException(InvalidOpeningHours.class);
    }

    @Test
    void slotEndingBeforeItStartsIsRefused() {
        fixture.given(secretariatCreated())
               .when(new SetOpeningHours(OFFICE, FROM, List.of(slot(DayOfWeek.MONDAY, "11:00", "09:00",
                       OpeningMode.WALK_IN)), AT))
               .expectNoEvents()
               .expectException(InvalidOpeningHours.class);
    }

    @Test
    void slotTimesWithSecondsAreRefused() {
        fixture.given(secretariatCreated())
               .when(new SetOpeningHours(OFFICE, FROM, List.of(slot(DayOfWeek.MONDAY, "09:00:30", "11:00",
                       OpeningMode.WALK_IN)), AT))
               .expectNoEvents()
               .expectException(InvalidOpeningHours.class);
    }

    @Test
    void overlappingSlotsOnOneDayAreRefused() {
        fixture.given(secretariatCreated())
               .when(new SetOpeningHours(OFFICE, FROM, List.of(slot(DayOfWeek.MONDAY, "09:00", "11:00", OpeningMode.WALK_IN),
                       slot(DayOfWeek.MONDAY, "10:30", "12:00", OpeningMode.BY_APPOINTMENT)), AT))
               .expectNoEvents()
               .expectException(InvalidOpeningHours.class);
    }

    @Test
    void sameHoursOnDifferentDaysDoNotOverlap() {
        List<WeeklySlot> slots = List.of(slot(DayOfWeek.MONDAY, "09:00", "11:00", OpeningMode.WALK_IN),
                slot(DayOfWeek.WEDNESDAY, "09:00", "11:00", OpeningMode.WALK_IN),
                slot(DayOfWeek.MONDAY, "11:00", "13:00", OpeningMode.PHONE_LINE));

        fixture.given(secretariatCreated())
               .when(new SetOpeningHours(OFFICE, FROM, slots, AT))
               .expectEvents(new OpeningHoursSet(OFFICE, FROM, slots, AT));
    }

    @Test
    void closureOfARangeOfDaysIsScheduled() {
        LocalDate christmasEve = LocalDate.of(2025, 12, 24);
        fixture.given(secretariatCreated())
               .when(new ScheduleClosure(OFFICE, christmasEve, christmasEve.plusDays(2), "Natale", AT))
               .expectEvents(new ClosureScheduled(OFFICE, christmasEve, christmasEve.plusDays(2), "Natale", AT));
    }

    @Test
    void closureOfASingleDayIsScheduled() {
        LocalDate patron = LocalDate.of(2025, 10, 4);
        fixture.given(secretariatCreated())
               .when(new ScheduleClosure(OFFICE, patron, patron, "Patrono", AT))
               .expectEvents(new ClosureScheduled(OFFICE, patron, patron, "Patrono", AT));
    }

    @Test
    void closureEndingBeforeItStartsIsRefused() {
        fixture.given(secretariatCreated())
               .when(new ScheduleClosure(OFFICE, LocalDate.of(2025, 12, 26), LocalDate.of(2025, 12, 24), "Natale", AT))
               .expectNoEvents()
               .expectException(InvalidClosure.class);
    }

    @Test
    void setOfHoursBeyondWhatAnOfficeKeepsIsRefused() {
        List<Object> history = new java.util.ArrayList<>(List.of(secretariatCreated()));
        for (int i = 0; i < Office.MAX_HOUR_SETS; i++) {
            history.add(new OpeningHoursSet(OFFICE, FROM.plusDays(i), List.of(), AT));
        }

        fixture.given(history)
               .when(new SetOpeningHours(OFFICE, FROM, List.of(), AT))
               .expectNoEvents()
               .expectException(InvalidOpeningHours.class);
    }

    @Test
    void closureBeyondWhatAnOfficeKeepsIsRefused() {
        List<Object> history = new java.util.ArrayList<>(List.of(secretariatCreated()));
        for (int i = 0; i < Office.MAX_CLOSURES; i++) {
            history.add(new ClosureScheduled(OFFICE, FROM.plusDays(i), FROM.plusDays(i), "Festa", AT));
        }

        fixture.given(history)
               .when(new ScheduleClosure(OFFICE, FROM, FROM, "Festa", AT))
               .expectNoEvents()
               .expectException(InvalidClosure.class);
    }

    @Test
    void hoursOfAnOfficeNeverCreatedAreRefused() {
        fixture.givenNoPriorActivity()
               .when(new SetOpeningHours(OFFICE, FROM, List.of(), AT))
               .expectNoEvents()
               .expectException(OfficeNotFound.class);
    }
}
