package org.sportello.intake.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.intake.citizen.CitizenFixture.CITIZEN_ID;
import static org.sportello.intake.citizen.CitizenFixture.REGISTERED_AT;
import static org.sportello.intake.citizen.CitizenFixture.marioRossi;

import java.time.Instant;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.platform.personaldata.ErasureGround;
import org.sportello.platform.personaldata.Personal;

class CitizenErasureTest {

    private static final Instant ERASED_AT = Instant.parse("2025-06-03T10:15:00Z");
    private static final String REFERENCE = "Prot. 2025/00417";
    private static final String ADMIN = "admin-7";

    private final InMemoryFiscalCodeRegistry fiscalCodes = new InMemoryFiscalCodeRegistry();
    private final InMemoryCitizenDataKeys keys = new InMemoryCitizenDataKeys();
    private FixtureConfiguration<Citizen> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Citizen.class);
        fixture.registerAnnotatedCommandHandler(new CitizenErasure(fixture.getRepository(), fiscalCodes, keys));
        fiscalCodes.claim(marioRossi().fiscalCode(), CITIZEN_ID);
    }

    @Test
    void registeredCitizenIsErasedWithTheGroundReferenceAndEraser() {
        fixture.given(registered())
               .when(erase())
               .expectSuccessfulHandlerExecution()
               .expectEvents(erased());
    }

    @Test
    void erasureShredsTheKeyAndReleasesTheFiscalCode() {
        fixture.given(registered()).when(erase());

        assertThat(keys.isShredded(CITIZEN_ID)).isTrue();
        assertThat(fiscalCodes.holderOf(marioRossi().fiscalCode())).isEmpty();
    }

    @Test
    void erasedCitizenIsNotErasedAgain() {
        fixture.given(registered(), erased())
               .when(new EraseCitizen(CITIZEN_ID, ErasureGround.OBJECTION, "another", ADMIN, ERASED_AT.plusSeconds(60)))
               .expectNoEvents()
               .expectException(CitizenAlreadyErased.class);
    }

    @Test
    void unknownCitizenIsNotFound() {
        fixture.givenNoPriorActivity()
               .when(erase())
               .expectNoEvents()
               .expectException(CitizenNotFound.class);
        assertThat(keys.isShredded(CITIZEN_ID)).isFalse();
    }

    @Test
    void loggedErasureIsRecordedAgainOnACitizenWhoseHistoryLostIt() {
        fixture.given(registered())
               .when(reapply())
               .expectSuccessfulHandlerExecution()
               .expectEvents(erased());
        assertThat(fiscalCodes.holderOf(marioRossi().fiscalCode())).isEmpty();
    }

    @Test
    void loggedErasureOfACitizenErasedAlreadyRecordsNothing() {
        fixture.given(registered(), erased())
               .when(reapply())
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void loggedErasureOfACitizenTheDatabaseNeverHadIsPassedOver() {
        fixture.givenNoPriorActivity()
               .when(reapply())
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    private static CitizenRegistered registered() {
        return new CitizenRegistered(CITIZEN_ID, Personal.of(CITIZEN_ID.subject(), marioRossi()), REGISTERED_AT);
    }

    private static EraseCitizen erase() {
        return new EraseCitizen(CITIZEN_ID, ErasureGround.CONSENT_WITHDRAWN, REFERENCE, ADMIN, ERASED_AT);
    }

    private static ReapplyErasure reapply() {
        return new ReapplyErasure(CITIZEN_ID, ErasureGround.CONSENT_WITHDRAWN, REFERENCE, ADMIN, ERASED_AT);
    }

    private static CitizenErased erased() {
        return new CitizenErased(CITIZEN_ID, ErasureGround.CONSENT_WITHDRAWN, REFERENCE, ADMIN, ERASED_AT);
    }
}
