package org.sportello.intake.citizen;

import org.sportello.platform.personaldata.Personal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.intake.citizen.CitizenFixture.CITIZEN_ID;
import static org.sportello.intake.citizen.CitizenFixture.MARIO_ROSSI_BORN;
import static org.sportello.intake.citizen.CitizenFixture.OTHER_CITIZEN_ID;
import static org.sportello.intake.citizen.CitizenFixture.REGISTERED_AT;
import static org.sportello.intake.citizen.CitizenFixture.aPerson;
import static org.sportello.intake.citizen.CitizenFixture.marioRossi;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CitizenTest {

    private final InMemoryFiscalCodeRegistry fiscalCodes = new InMemoryFiscalCodeRegistry();
    private FixtureConfiguration<Citizen> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Citizen.class);
        fixture.registerAnnotatedCommandHandler(new CitizenRegistration(fixture.getRepository(), fiscalCodes));
    }

    @Test
    void personWithAnUnclaimedFiscalCodeIsRegistered() {
        fixture.givenNoPriorActivity()
               .when(new RegisterCitizen(CITIZEN_ID, marioRossi(), REGISTERED_AT))
               .expectSuccessfulHandlerExecution()
               .expectResultMessagePayload(CITIZEN_ID)
               .expectEvents(new CitizenRegistered(CITIZEN_ID, Personal.of(CITIZEN_ID.subject(), marioRossi()), REGISTERED_AT));
    }

    @Test
    void registrationClaimsTheFiscalCodeForTheNewCitizen() {
        fixture.givenNoPriorActivity()
               .when(new RegisterCitizen(CITIZEN_ID, marioRossi(), REGISTERED_AT));

        assertThat(fiscalCodes.holderOf(marioRossi().fiscalCode())).contains(CITIZEN_ID);
    }

    @Test
    void fiscalCodeHeldByAnotherCitizenIsNotRegisteredAgain() {
        fiscalCodes.claim(marioRossi().fiscalCode(), OTHER_CITIZEN_ID);

        fixture.givenNoPriorActivity()
               .when(new RegisterCitizen(CITIZEN_ID, marioRossi(), REGISTERED_AT))
               .expectNoEvents()
               .expectException(CitizenAlreadyRegistered.class);
    }

    @Test
    void claimedCodeEncodingAnotherBirthDateIsAMismatchThatDisclosesNoHolder() {
        fiscalCodes.claim(marioRossi().fiscalCode(), OTHER_CITIZEN_ID);

        fixture.givenNoPriorActivity()
               .when(new RegisterCitizen(CITIZEN_ID,
                       aPerson().withBirthDate(MARIO_ROSSI_BORN.plusDays(1)).personalData(), REGISTERED_AT))
               .expectNoEvents()
               .expectException(FiscalCodeMismatch.class);
    }

    @Test
    void claimedCodeEncodingAnotherSexIsAMismatchThatDisclosesNoHolder() {
        fiscalCodes.claim(marioRossi().fiscalCode(), OTHER_CITIZEN_ID);

        fixture.givenNoPriorActivity()
               .when(new RegisterCitizen(CITIZEN_ID, aPerson().withSex(Sex.F).personalData(), REGISTERED_AT))
               .expectNoEvents()
               .expectException(FiscalCodeMismatch.class);
    }

    @Test
    void mismatchedRegistrationLeavesTheCodeUnclaimed() {
        fixture.givenNoPriorActivity()
               .when(new RegisterCitizen(CITIZEN_ID, aPerson().withSex(Sex.F).personalData(), REGISTERED_AT))
               .expectException(FiscalCodeMismatch.class);

        assertThat(fiscalCodes.holderOf(marioRossi().fiscalCode())).isEmpty();
    }

    @Test
    void fiscalCodeEncodingAnotherBirthDateIsRefused() {
        fixture.givenNoPriorActivity()
               .when(new RegisterCitizen(CITIZEN_ID,
                       aPerson().withBirthDate(MARIO_ROSSI_BORN.plusDays(1)).personalData(), REGISTERED_AT))
               .expectNoEvents()
               .expectException(FiscalCodeMismatch.class);
    }

    @Test
    void fiscalCodeEncodingAnotherSexIsRefused() {
        fixture.givenNoPriorActivity()
               .when(new RegisterCitizen(CITIZEN_ID, aPerson().withSex(Sex.F).personalData(), REGISTERED_AT))
               .expectNoEvents()
               .expectException(FiscalCodeMismatch.class);
    }
}
