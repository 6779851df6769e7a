package org.sportello.scheduling.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.platform.personaldata.ErasureGround;
import org.sportello.platform.personaldata.Personal;
import org.sportello.scheduling.office.InMemoryRegistryIds;
import org.sportello.scheduling.office.OfficeId;
import org.sportello.scheduling.office.RegistryIds;

class OperatorTest {

    private static final OperatorId OPERATOR = new OperatorId("op-7f3a");
    private static final OfficeId MASSA = new OfficeId("massa");
    private static final OfficeId MONTIGNOSO = new OfficeId("montignoso");
    private static final Instant AT = Instant.parse("2025-02-01T09:00:00Z");

    private final InMemoryRegistryIds ids = new InMemoryRegistryIds();
    private final Set<OperatorId> shredded = new HashSet<>();
    private FixtureConfiguration<Operator> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Operator.class);
        fixture.registerAnnotatedCommandHandler(new OperatorRegistration(fixture.getRepository(), ids, shredded::add));
        ids.claim(RegistryIds.Kind.OFFICE, MASSA.value());
        ids.claim(RegistryIds.Kind.OFFICE, MONTIGNOSO.value());
    }

    private static RegisterOperator register(List<OfficeId> offices) {
        return new RegisterOperator(OPERATOR, Personal.of(OperatorSubject.of(OPERATOR), "Anna Bianchi"),
                List.of(OperatorRole.SOCIAL_WORKER), "Cooperativa Il Sorriso", offices, AT);
    }

    private static OperatorRegistered registered() {
        return new OperatorRegistered(OPERATOR, Personal.of(OperatorSubject.of(OPERATOR), "Anna Bianchi"),
                List.of(OperatorRole.SOCIAL_WORKER), "Cooperativa Il Sorriso", List.of(MASSA, MONTIGNOSO), AT);
    }

    private static WeeklyAvailability window(DayOfWeek day, String from, String to, OfficeId office) {
        return new WeeklyAvailability(day, LocalTime.parse(from), LocalTime.parse(to), office);
    }

    @Test
    void operatorAtExistingOfficesIsRegistered() {
        fixture.givenNoPriorActivity()
               .when(register(List.of(MASSA, MONTIGNOSO)))
               .expectResultMessagePayload(OPERATOR)
               .expectEvents(registered());
        assertThat(ids.isClaimed(RegistryIds.Kind.OPERATOR, OPERATOR.value())).isTrue();
    }

    @Test
    void operatorIdRegisteredAlreadyIsAConflict() {
        ids.claim(RegistryIds.Kind.OPERATOR, OPERATOR.value());

        fixture.givenNoPriorActivity()
               .when(register(List.of(MASSA)))
               .expectNoEvents()
               .expectException(OperatorAlreadyRegistered.class);
    }

    @Test
    void operatorAtAnOfficeNeverCreatedIsRefused() {
        fixture.givenNoPriorActivity()
               .when(register(List.of(MASSA, new OfficeId("atlantide"))))
               .expectNoEvents()
               .expectException(UnknownOffice.class);
    }

    @Test
    void weeklyPatternAndAbsencesAreSet() {
        List<WeeklyAvailability> weekly = List.of(window(DayOfWeek.MONDAY, "09:00", "13:00", MASSA),
                window(DayOfWeek.MONDAY, "14:00", "17:00", MONTIGNOSO));
        List<Absence> absences = List.of(new Absence(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 14)));

        fixture.given(registered())
               .when(new SetAvailability(OPERATOR, weekly, absences, AT))
               .expectEvents(new AvailabilitySet(OPERATOR, weekly, absences, AT));
    }

    @Test
    void availabilityAtAnOfficeTheyDoNotWorkAtIsRefused() {
        fixture.given(registered())
               .when(new SetAvailability(OPERATOR, List.of(window(DayOfWeek.MONDAY, "09:00", "13:00",
                       new OfficeId("corsico"))), List.of(), AT))
               .expectNoEvents()
               .expectException(NotTheirOffice.class);
    }

    @Test
    void windowEndingBeforeItStartsIsRefused() {
        fixture.given(registered())
               .when(new SetAvailability(OPERATOR, List.of(window(DayOfWeek.MONDAY, "13:00", "09:00", MASSA)),
                       List.of(), AT))
               .expectNoEvents()
               .expectException(InvalidAvailability.class);
    }

    @Test
    void windowTimesWithSecondsAreRefused() {
        fixture.given(registered())
               .when(new SetAvailability(OPERATOR, List.of(window(DayOfWeek.MONDAY, "09:00", "13:00:01", MASSA)),
                       List.of(), AT))
               .expectNoEvents()
               .expectException(InvalidAvailability.class);
    }

    @Test
    void overlappingWindowsAtTwoOfficesAreRefused() {
        fixture.given(registered())
               .when(new SetAvailability(OPERATOR, List.of(window(DayOfWeek.MONDAY, "09:00", "13:00", MASSA),
                       window(DayOfWeek.MONDAY, "12:00", "15:00", MONTIGNOSO)), List.of(), AT))
               .expectNoEvents()
               .expectException(InvalidAvailability.class);
    }

    @Test
    void absenceEndingBeforeItStartsIsRefused() {
        fixture.given(registered())
               .when(new SetAvailability(OPERATOR, List.of(),
                       List.of(new Absence(LocalDate.of(2025, 3, 14), LocalDate.of(2025, 3, 10))), AT))
               .expectNoEvents()
               .expectException(InvalidAvailability.class);
    }

    @Test
    void availabilityOfAnOperatorNeverRegisteredIsRefused() {
        fixture.givenNoPriorActivity()
               .when(new SetAvailability(OPERATOR, List.of(), List.of(), AT))
               .expectNoEvents()
               .expectException(OperatorNotFound.class);
    }

    private static final String ADMIN = "admin-1";
    private static final Instant LATER = Instant.parse("2025-06-01T10:00:00Z");

    private static EraseOperatorName eraseName() {
        return new EraseOperatorName(OPERATOR, ErasureGround.CONSENT_WITHDRAWN, "prot. 2025/118", ADMIN, LATER);
    }

    private static OperatorNameErased nameErased() {
        return new OperatorNameErased(OPERATOR, ErasureGround.CONSENT_WITHDRAWN, "prot. 2025/118", ADMIN, LATER);
    }

    @Test
    void nameIsErasedAndTheOperatorsKeyShredded() {
        fixture.given(registered())
               .when(eraseName())
               .expectEvents(nameErased());
        assertThat(shredded).containsExactly(OPERATOR);
    }

    @Test
    void nameOfAnOperatorRegisteredWithoutOneIsErasedToo() {
        fixture.given(new OperatorRegistered(OPERATOR, null, List.of(OperatorRole.EDUCATOR), "Comune di Massa",
                       List.of(MASSA), AT))
               .when(eraseName())
               .expectEvents(nameErased());
        assertThat(shredded).containsExactly(OPERATOR);
    }

    @Test
    void nameErasedAlreadyIsAConflict() {
        fixture.given(registered(), nameErased())
               .when(eraseName())
               .expectNoEvents()
               .expectException(OperatorNameAlreadyErased.class);
        assertThat(shredded).isEmpty();
    }

    @Test
    void nameOfAnOperatorNeverRegisteredIsNotFound() {
        fixture.givenNoPriorActivity()
               .when(eraseName())
               .expectNoEvents()
               .expectException(OperatorNotFound.class);
        assertThat(shredded).isEmpty();
    }

    @Test
    void operatorWhoseNameWasErasedStillSetsTheirAvailability() {
        List<WeeklyAvailability> weekly = List.of(window(DayOfWeek.TUESDAY, "09:00", "12:00", MASSA));

        fixture.given(registered(), nameErased())
               .when(new SetAvailability(OPERATOR, weekly, List.of(), LATER))
               .expectEvents(new AvailabilitySet(OPERATOR, weekly, List.of(), LATER));
    }

    private static final OfficeId CARRARA = new OfficeId("carrara");

    private static ChangeOperator change(List<OperatorRole> roles, String employer, List<OfficeId> offices) {
        return new ChangeOperator(OPERATOR, roles, employer, offices, LATER);
    }

    @Test
    void rolesEmployerAndOfficesAreChanged() {
        ids.claim(RegistryIds.Kind.OFFICE, CARRARA.value());
        List<OperatorRole> roles = List.of(OperatorRole.SOCIAL_WORKER, OperatorRole.EDUCATOR);

        fixture.given(registered())
               .when(change(roles, "Comune di Massa", List.of(MASSA, MONTIGNOSO, CARRARA)))
               .expectEvents(new OperatorChanged(OPERATOR, roles, "Comune di Massa", List.of(MASSA, MONTIGNOSO, CARRARA),
                       List.of(), LATER));
    }

    @Test
    void windowsAtAnOfficeLeftAreDroppedWithTheChangeAndTheOthersKept() {
        WeeklyAvailability atMassa = window(DayOfWeek.MONDAY, "09:00", "13:00", MASSA);
        WeeklyAvailability atMontignoso = window(DayOfWeek.TUESDAY, "09:00", "13:00", MONTIGNOSO);

        fixture.given(registered(), new AvailabilitySet(OPERATOR, List.of(atMassa, atMontignoso), List.of(), AT))
               .when(change(List.of(OperatorRole.SOCIAL_WORKER), "Cooperativa Il Sorriso", List.of(MASSA)))
               .expectEvents(new OperatorChanged(OPERATOR, List.of(OperatorRole.SOCIAL_WORKER), "Cooperativa Il Sorriso",
                       List.of(MASSA), List.of(atMontignoso), LATER));
    }

    @Test
    void afterAChangeAvailabilityAtTheOfficeLeftIsRefusedAndAtTheNewOneAccepted() {
        ids.claim(RegistryIds.Kind.OFFICE, CARRARA.value());
        OperatorChanged moved = new OperatorChanged(OPERATOR, List.of(OperatorRole.SOCIAL_WORKER), "Cooperativa Il Sorriso",
                List.of(CARRARA), List.of(), LATER);
        List<WeeklyAvailability> atCarrara = List.of(window(DayOfWeek.MONDAY, "09:00", "13:00", CARRARA));

        fixture.given(registered(), moved)
               .when(new SetAvailability(OPERATOR, List.of(window(DayOfWeek.MONDAY, "09:00", "13:00", MASSA)),
                       List.of(), LATER))
               .expectNoEvents()
               .expectException(NotTheirOffice.class);
        fixture.given(registered(), moved)
               .when(new SetAvailability(OPERATOR, atCarrara, List.of(), LATER))
               .expectEvents(new AvailabilitySet(OPERATOR, atCarrara, List.of(), LATER));
    }

    @Test
    void windowsDroppedOnceAreNotDroppedAgain() {
        WeeklyAvailability atMontignoso = window(DayOfWeek.TUESDAY, "09:00", "13:00", MONTIGNOSO);

        fixture.given(registered(), new AvailabilitySet(OPERATOR, List.of(atMontignoso), List.of(), AT),
                       new OperatorChanged(OPERATOR, List.of(OperatorRole.SOCIAL_WORKER), "Cooperativa Il Sorriso",
                               List.of(MASSA), List.of(atMontignoso), LATER))
               .when(change(List.of(OperatorRole.SOCIAL_WORKER), "Cooperativa Il Sorriso", List.of(MASSA, MONTIGNOSO)))
               .expectEvents(new OperatorChanged(OPERATOR, List.of(OperatorRole.SOCIAL_WORKER), "Cooperativa Il Sorriso",
                       List.of(MASSA, MONTIGNOSO), List.of(), LATER));
    }

    @Test
    void aChangeThatChangesNothingRecordsNothing() {
        fixture.given(registered())
               .when(change(List.of(OperatorRole.SOCIAL_WORKER), "Cooperativa Il Sorriso", List.of(MONTIGNOSO, MASSA)))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void changeToAnOfficeNeverCreatedIsRefused() {
        fixture.given(registered())
               .when(change(List.of(OperatorRole.SOCIAL_WORKER), "Cooperativa Il Sorriso",
                       List.of(MASSA, new OfficeId("atlantide"))))
               .expectNoEvents()
               .expectException(UnknownOffice.class);
    }

    @Test
    void changeOfAnOperatorNeverRegisteredIsNotFound() {
        fixture.givenNoPriorActivity()
               .when(change(List.of(OperatorRole.SOCIAL_WORKER), "Cooperativa Il Sorriso", List.of(MASSA)))
               .expectNoEvents()
               .expectException(OperatorNotFound.class);
    }
}
