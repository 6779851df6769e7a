package org.sportello.intake.publishing;

import org.sportello.platform.personaldata.Personal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sportello.intake.casefile.CaseFixture.CASE_ID;
import static org.sportello.intake.casefile.CaseFixture.CITIZEN_ID;
import static org.sportello.intake.casefile.CaseFixture.OPERATOR;
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
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.sportello.intake.appointment.AppointmentId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sportello.contracts.intake.v1.CaseClosed;
import org.sportello.contracts.intake.v1.CaseClosureReason;
import org.sportello.contracts.intake.v1.CaseOpened;
import org.sportello.contracts.intake.v1.CaseTakenInCharge;
import org.sportello.contracts.intake.v1.Channel;
import org.sportello.contracts.intake.v1.CitizenErased;
import org.sportello.contracts.intake.v1.CitizenRegistered;
import org.sportello.contracts.intake.v1.ContactOutcome;
import org.sportello.contracts.intake.v1.ContactRecorded;
import org.sportello.contracts.intake.v1.Need;
import org.sportello.contracts.intake.v1.NeedCategory;
import org.sportello.contracts.intake.v1.Operator;
import org.sportello.contracts.intake.v1.OperatorRole;
import org.sportello.contracts.intake.v1.Sex;
import org.sportello.contracts.intake.v1.UserArea;
import org.sportello.intake.casefile.CaseFixture;
import org.sportello.intake.citizen.CitizenFixture;
import org.sportello.intake.citizen.PersonalData;
import org.sportello.intake.contact.ContactDetails;
import org.sportello.intake.office.OfficeId;
import org.sportello.platform.caller.Caller;
import org.sportello.platform.personaldata.ErasureGround;
import org.sportello.platform.json.ContractJson;

class IntakeContractTranslatorTest {

    private final IntakeContractTranslator translator = new IntakeContractTranslator();

    @Test
    void citizenRegisteredIsPublishedWithThePseudonymousIdTimeAndTheYearOfBirthAndSexOfTheSealedData() {
        Optional<Object> published = translator.translate(new org.sportello.intake.citizen.CitizenRegistered(CITIZEN_ID,
                Personal.of(CITIZEN_ID.subject(), marioRossi()), REGISTERED_AT), new Caller("op-0042", "OPERATOR"));

        assertThat(published).contains(new CitizenRegistered(CITIZEN_ID.value(), REGISTERED_AT, "op-0042", 1980, Sex.M));
    }

    @Test
    void yearOfBirthIsTheBirthDatesOwnOnNewYearsEve() {
        PersonalData person = CitizenFixture.aNewPersonBornOn(LocalDate.of(1947, 12, 31)).personalData();

        Optional<Object> published = translator.translate(new org.sportello.intake.citizen.CitizenRegistered(CITIZEN_ID,
                Personal.of(CITIZEN_ID.subject(), person), REGISTERED_AT), null);

        assertThat(published).get().isInstanceOfSatisfying(CitizenRegistered.class, registered -> {
            assertThat(registered.birthYear()).isEqualTo(1947);
            assertThat(registered.sex().name()).isEqualTo(person.sex().name());
        });
    }

    @Test
    void citizenErasedIsPublishedWithWhoseAndWhenOnlyNeverTheGroundReferenceOrEraser() {
        var internal = new org.sportello.intake.citizen.CitizenErased(CITIZEN_ID, ErasureGround.CONSENT_WITHDRAWN,
                "Prot. 2025/00417", "admin-7", REGISTERED_AT.plusSeconds(3600));

        Optional<Object> published = translator.translate(internal, new Caller("admin-7", "ADMIN"));

        assertThat(published).contains(new CitizenErased(CITIZEN_ID.value(), REGISTERED_AT.plusSeconds(3600)));
        assertThat(new String(ContractJson.write(published.orElseThrow()), StandardCharsets.UTF_8))
                .doesNotContain("Prot. 2025/00417", "admin-7", "CONSENT_WITHDRAWN");
    }

    @Test
    void caseOpenedIsPublishedWithItsOffice() {
        var internal = caseOpened();

        assertThat(translator.translate(internal, null)).contains(new CaseOpened(CASE_ID.value(), CITIZEN_ID.value(),
                "monza-san-rocco", internal.openedAt()));
    }

    @Test
    void contactRecordedIsPublishedWithItsCodedFacts() {
        ContactDetails details = contactDetails();

        Optional<Object> published = translator.translate(new org.sportello.intake.contact.ContactRecorded(
                CONTACT_ID, CITIZEN_ID, CASE_ID, details, RECORDED_AT), null);

        assertThat(published).contains(new ContactRecorded(CONTACT_ID.value(), CITIZEN_ID.value(), CASE_ID.value(),
                "monza-san-rocco", Channel.WALK_IN, details.occurredAt(), publishedOperators(), publishedNeeds(),
                publishedOutcomes()));
    }

    @Test
    void appointmentsInterviewIsPublishedWithItsAppointment() {
        UUID appointment = UUID.fromString("5c2e8a41-7d3b-4f9e-a6c1-2b8d4e0f7a93");
        ContactDetails details = aContact().ofAppointment(new AppointmentId(appointment)).build();

        Optional<Object> published = translator.translate(new org.sportello.intake.contact.ContactRecorded(
                CONTACT_ID, CITIZEN_ID, CASE_ID, details, RECORDED_AT), null);

        assertThat(published).contains(new ContactRecorded(CONTACT_ID.value(), CITIZEN_ID.value(), CASE_ID.value(),
                "monza-san-rocco", Channel.APPOINTMENT, details.occurredAt(), publishedOperators(), publishedNeeds(),
                publishedOutcomes(), null, appointment));
    }

    @Test
    void anonymousContactIsPublishedWithoutCitizenOrCase() {
        ContactDetails details = contactDetails();

        Optional<Object> published = translator.translate(new org.sportello.intake.contact.ContactRecorded(
                CONTACT_ID, null, null, details, RECORDED_AT), null);

        assertThat(published).contains(new ContactRecorded(CONTACT_ID.value(), null, null,
                "monza-san-rocco", Channel.WALK_IN, details.occurredAt(), publishedOperators(), publishedNeeds(),
                publishedOutcomes()));
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

    /** Today every code in use is published under its own name; a new one is a decision, not a default. */
    static Stream<Arguments> codesInUse() {
        return Stream.of(
                codes(org.sportello.intake.contact.Channel.class, Channel.class, IntakeContractTranslator::channel),
                codes(org.sportello.intake.contact.OperatorRole.class, OperatorRole.class, IntakeContractTranslator::role),
                codes(org.sportello.intake.contact.UserArea.class, UserArea.class, IntakeContractTranslator::userArea),
                codes(org.sportello.intake.contact.NeedCategory.class, NeedCategory.class, IntakeContractTranslator::category),
                codes(org.sportello.intake.contact.ContactOutcome.class, ContactOutcome.class, IntakeContractTranslator::outcome),
                codes(org.sportello.intake.casefile.CaseClosureReason.class, CaseClosureReason.class,
                        IntakeContractTranslator::reason),
                codes(org.sportello.intake.citizen.Sex.class, Sex.class, IntakeContractTranslator::sex));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codesInUse")
    void everyCodeInUseIsPublishedAsTheContractCodeOfTheSameName(String codes, List<String> intake,
            List<String> published, List<String> contract) {
        assertThat(published).isEqualTo(intake);
        assertThat(contract).as("contract codes that intake can no longer send").containsExactlyElementsOf(intake);
    }

    @Test
    void contactWithARetiredOutcomeIsNotPublished() {
        var internal = new org.sportello.intake.contact.ContactRecorded(CONTACT_ID, CITIZEN_ID, CASE_ID,
                aContact().outcomes(org.sportello.intake.contact.ContactOutcome.ORIENTATION,
                        org.sportello.intake.contact.ContactOutcome.UNRECOGNISED).build(), RECORDED_AT);

        assertThatThrownBy(() -> translator.translate(internal, null)).isInstanceOf(Unpublishable.class);
    }

    @Test
    void caseClosedWithARetiredReasonIsNotPublished() {
        var internal = new org.sportello.intake.casefile.CaseClosed(CASE_ID, CITIZEN_ID,
                org.sportello.intake.casefile.CaseClosureReason.UNRECOGNISED, OPERATOR, CaseFixture.NOW);

        assertThatThrownBy(() -> translator.translate(internal, null)).isInstanceOf(Unpublishable.class);
    }

    @Test
    void caseOpenedAtAnOfficeIdOfAnotherShapeIsNotPublished() {
        // The contract promises consumers a slug; an id stored under older rules must not reach them as it is.
        var internal = new org.sportello.intake.casefile.CaseOpened(CASE_ID, CITIZEN_ID, new OfficeId("Monza San Rocco"),
                caseOpened().openedAt());

        assertThatThrownBy(() -> translator.translate(internal, null)).isInstanceOf(Unpublishable.class);
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
        var internal = new org.sportello.intake.citizen.CitizenRegistered(CITIZEN_ID, Personal.of(CITIZEN_ID.subject(), person),
                REGISTERED_AT);

        String json = new String(ContractJson.write(translator.translate(internal, null).orElseThrow()), StandardCharsets.UTF_8);

        assertThat(json).doesNotContain(person.firstName(), person.lastName(), person.fiscalCode().value(),
                person.phone(), person.email(), person.birthDate().toString(), person.municipalityOfResidence(),
                "birthDate", "fiscalCode", "personalData");
        // Of the person, the year of birth and the sex only, generalised for research; never the day or month.
        assertThat(tools.jackson.databind.json.JsonMapper.builder().build().readTree(json).propertyNames())
                .containsExactlyInAnyOrder("citizenId", "registeredAt", "recordedBy", "birthYear", "sex");
        assertThat(ContractJson.read(json.getBytes(StandardCharsets.UTF_8), CitizenRegistered.class))
                .isEqualTo(new CitizenRegistered(CITIZEN_ID.value(), REGISTERED_AT, null, person.birthDate().getYear(),
                        Sex.M));
    }

    private static List<Operator> publishedOperators() {
        return List.of(new Operator("op-0173", OperatorRole.SOCIAL_WORKER));
    }

    private static List<Need> publishedNeeds() {
        return List.of(new Need(UserArea.POVERTY_AND_ADULT_HARDSHIP, List.of(NeedCategory.HOUSING, NeedCategory.INCOME)));
    }

    private static List<ContactOutcome> publishedOutcomes() {
        return List.of(ContactOutcome.ORIENTATION, ContactOutcome.APPOINTMENT_PROPOSED);
    }

    /** The intake codes in use, what each is published as, and the contract's codes, all by name. */
    private static <I extends Enum<I>, C extends Enum<C>> Arguments codes(Class<I> intake, Class<C> contract,
            Function<I, C> mapping) {
        List<I> inUse = Arrays.stream(intake.getEnumConstants()).filter(code -> !code.name().equals("UNRECOGNISED"))
                .toList();
        return Arguments.of(intake.getSimpleName(), inUse.stream().map(Enum::name).toList(),
                inUse.stream().map(mapping).map(Enum::name).toList(),
                Arrays.stream(contract.getEnumConstants()).map(Enum::name).toList());
    }
}
