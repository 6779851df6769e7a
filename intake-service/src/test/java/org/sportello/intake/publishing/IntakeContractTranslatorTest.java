package org.sportello.intake.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.intake.casefile.CaseFixture.CASE_ID;
import static org.sportello.intake.casefile.CaseFixture.CITIZEN_ID;
import static org.sportello.intake.casefile.CaseFixture.caseClosed;
import static org.sportello.intake.casefile.CaseFixture.caseOpened;
import static org.sportello.intake.casefile.CaseFixture.caseTakenInCharge;
import static org.sportello.intake.citizen.CitizenFixture.REGISTERED_AT;
import static org.sportello.intake.citizen.CitizenFixture.marioRossi;
import static org.sportello.intake.contact.ContactDetailsFixture.CONTACT_ID;
import static org.sportello.intake.contact.ContactDetailsFixture.RECORDED_AT;
import static org.sportello.intake.contact.ContactDetailsFixture.aContact;
import static org.sportello.intake.contact.ContactDetailsFixture.contactDetails;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.sportello.platform.caller.Caller;
import org.sportello.contracts.intake.v1.CaseClosed;
import org.sportello.contracts.intake.v1.CaseClosureReason;
import org.sportello.contracts.intake.v1.CaseOpened;
import org.sportello.contracts.intake.v1.CaseTakenInCharge;
import org.sportello.contracts.intake.v1.CitizenRegistered;
import org.sportello.contracts.intake.v1.ContactRecorded;
import org.sportello.intake.citizen.PersonalData;
import org.sportello.intake.contact.ContactDetails;
import org.sportello.platform.json.ContractJson;

class IntakeContractTranslatorTest {

    private final IntakeContractTranslator translator = new IntakeContractTranslator();

    @Test
    void citizenRegisteredIsPublishedWithThePseudonymousIdAndTimeOnly() {
        Optional<Object> published = translator.translate(
                new org.sportello.intake.citizen.CitizenRegistered(CITIZEN_ID, marioRossi(), REGISTERED_AT), null);

        assertThat(published).contains(new CitizenRegistered(CITIZEN_ID.value(), REGISTERED_AT));
    }

    @Test
    void caseOpenedIsPublishedWithItsOffice() {
        var internal = caseOpened();

        assertThat(translator.translate(internal, null)).contains(new CaseOpened(CASE_ID.value(), CITIZEN_ID.value(),
                internal.officeId().value(), internal.openedAt()));
    }

    @Test
    void contactRecordedIsPublishedWithItsCodedFacts() {
        ContactDetails details = contactDetails();

        Optional<Object> published = translator.translate(new org.sportello.intake.contact.ContactRecorded(
                CONTACT_ID, CITIZEN_ID, CASE_ID, details, RECORDED_AT), null);

        assertThat(published).contains(new ContactRecorded(CONTACT_ID.value(), CITIZEN_ID.value(), CASE_ID.value(),
                details.officeId().value(), details.channel(), details.occurredAt(), details.operators(),
                details.needs(), details.outcomes()));
    }

    @Test
    void anonymousContactIsPublishedWithoutCitizenOrCase() {
        ContactDetails details = contactDetails();

        Optional<Object> published = translator.translate(new org.sportello.intake.contact.ContactRecorded(
                CONTACT_ID, null, null, details, RECORDED_AT), null);

        assertThat(published).contains(new ContactRecorded(CONTACT_ID.value(), null, null,
                details.officeId().value(), details.channel(), details.occurredAt(), details.operators(),
                details.needs(), details.outcomes()));
    }

    @Test
    void caseTakenInChargeIsPublishedWithTheOperator() {
        var internal = caseTakenInCharge();

        assertThat(translator.translate(internal, null)).contains(new CaseTakenInCharge(CASE_ID.value(), CITIZEN_ID.value(),
                internal.operatorId(), internal.takenInChargeAt()));
    }

    @Test
    void caseClosedIsPublishedWithItsReasonButNotWhoClosedIt() {
        var internal = caseClosed();

        assertThat(translator.translate(internal, null)).contains(new CaseClosed(CASE_ID.value(), CITIZEN_ID.value(),
                CaseClosureReason.NEED_MET, internal.closedAt()));
    }

    @Test
    void publishedEventNamesWhoRecordedItByOperatorIdOnly() {
        var internal = caseOpened();

        assertThat(translator.translate(internal, new Caller("op-0042", "OPERATOR"))).contains(new CaseOpened(
                CASE_ID.value(), CITIZEN_ID.value(), internal.officeId().value(), internal.openedAt(), "op-0042"));
    }

    @Test
    void eventWithoutAContractStaysInside() {
        assertThat(translator.translate(marioRossi(), null)).isEmpty();
    }

    @Test
    void publishedContactRecordedCarriesNoPersonalDataNorNotes() {
        PersonalData person = marioRossi();
        // Operators write whatever they are told into the notes, personal data included.
        String notes = "Signora " + person.firstName() + " " + person.lastName() + " (" + person.fiscalCode().value()
                + ", tel. " + person.phone() + ", " + person.email() + ") fears eviction before Easter.";
        var internal = new org.sportello.intake.contact.ContactRecorded(CONTACT_ID, CITIZEN_ID, CASE_ID,
                aContact().notes(notes).build(), RECORDED_AT);

        String json = new String(ContractJson.write(translator.translate(internal, null).orElseThrow()), StandardCharsets.UTF_8);

        assertThat(json).doesNotContain(person.firstName(), person.lastName(), person.fiscalCode().value(),
                person.phone(), person.email(), "eviction", "notes");
    }

    @Test
    void publishedCitizenRegisteredCarriesNoPersonalData() {
        PersonalData person = marioRossi();
        var internal = new org.sportello.intake.citizen.CitizenRegistered(CITIZEN_ID, person, REGISTERED_AT);

        String json = new String(ContractJson.write(translator.translate(internal, null).orElseThrow()), StandardCharsets.UTF_8);

        assertThat(json).doesNotContain(person.firstName(), person.lastName(), person.fiscalCode().value(),
                person.phone(), person.email(), person.birthDate().toString(), person.municipalityOfResidence());
    }
}
