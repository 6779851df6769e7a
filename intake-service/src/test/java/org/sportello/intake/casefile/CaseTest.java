package org.sportello.intake.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.intake.casefile.CaseFixture.ADMIN_CALLING;
import static org.sportello.intake.casefile.CaseFixture.CASE_ID;
import static org.sportello.intake.casefile.CaseFixture.CITIZEN_ID;
import static org.sportello.intake.casefile.CaseFixture.NOW;
import static org.sportello.intake.casefile.CaseFixture.OPERATOR;
import static org.sportello.intake.casefile.CaseFixture.OPERATOR_CALLING;
import static org.sportello.intake.casefile.CaseFixture.OTHER_OPERATOR;
import static org.sportello.intake.casefile.CaseFixture.UNUSED_CASE_ID;
import static org.sportello.intake.casefile.CaseFixture.caseClosed;
import static org.sportello.intake.casefile.CaseFixture.caseOpened;
import static org.sportello.intake.casefile.CaseFixture.caseTakenInCharge;
import static org.sportello.intake.casefile.CaseFixture.firstContactRecorded;
import static org.sportello.intake.contact.ContactDetailsFixture.CONTACT_ID;
import static org.sportello.intake.contact.ContactDetailsFixture.DESK;
import static org.sportello.intake.contact.ContactDetailsFixture.OFFICE;
import static org.sportello.intake.contact.ContactDetailsFixture.SECOND_CONTACT_ID;
import static org.sportello.intake.contact.ContactDetailsFixture.aContact;

import java.time.Duration;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.intake.appointment.AppointmentAlreadyRecorded;
import org.sportello.intake.appointment.AppointmentId;
import org.sportello.intake.appointment.InMemoryAppointmentContacts;
import org.sportello.intake.appointment.UnknownAppointment;
import org.sportello.intake.contact.Channel;
import org.sportello.intake.contact.ContactAdmission;
import org.sportello.intake.contact.ContactDetails;
import org.sportello.intake.contact.ContactInFuture;
import org.sportello.intake.contact.ContactRecorded;
import org.sportello.intake.contact.ContactRecording;
import org.sportello.intake.contact.OfficeOfAPartnerDesk;
import org.sportello.intake.contact.RecordContact;
import org.sportello.intake.contact.Recorder;
import org.sportello.intake.office.InMemoryKnownOffices;
import org.sportello.intake.office.OfficeId;
import org.sportello.intake.office.OfficeKind;
import org.sportello.intake.office.UnknownOffice;
import org.sportello.platform.caller.Caller;

class CaseTest {

    private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    private static final AppointmentId APPOINTMENT = new AppointmentId(UUID.fromString("5c2e8a41-7d3b-4f9e-a6c1-2b8d4e0f7a93"));

    private final InMemoryOpenCases openCases = new InMemoryOpenCases();
    private final InMemoryKnownOffices offices = new InMemoryKnownOffices().known(OFFICE)
            .known(OfficeKind.PARTNER_DESK, DESK);
    private final InMemoryAppointmentContacts appointments = new InMemoryAppointmentContacts();
    private FixtureConfiguration<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Case.class);
        fixture.registerAnnotatedCommandHandler(new ContactRecording(fixture.getRepository(), openCases,
                new ContactAdmission(offices, appointments)));
        fixture.registerAnnotatedCommandHandler(new CaseClosing(fixture.getRepository(), openCases));
    }

    @Test
    void firstContactOfACitizenOpensACaseAtTheContactsOffice() {
        openCases.registered(CITIZEN_ID);
        ContactDetails contact = aContact().build();

        fixture.givenNoPriorActivity()
               .when(new RecordContact(CONTACT_ID, CITIZEN_ID, CASE_ID, contact, NOW))
               .expectSuccessfulHandlerExecution()
               .expectResultMessagePayload(CASE_ID)
               .expectEvents(new CaseOpened(CASE_ID, CITIZEN_ID, OFFICE, contact.occurredAt()),
                       new ContactRecorded(CONTACT_ID, CITIZEN_ID, CASE_ID, contact, NOW));
    }

    @Test
    void contactAtAnOfficeSchedulingNeverPublishedOpensNoCase() {
        openCases.registered(CITIZEN_ID);

        fixture.givenNoPriorActivity()
               .when(new RecordContact(CONTACT_ID, CITIZEN_ID, CASE_ID,
                       aContact().officeId(new OfficeId("monza-nowhere")).build(), NOW))
               .expectNoEvents()
               .expectException(UnknownOffice.class);
    }

    @Test
    void appointmentsInterviewIsRecordedWithItsAppointment() {
        openCases.registered(CITIZEN_ID);
        appointments.booked(APPOINTMENT, OFFICE, CITIZEN_ID);
        ContactDetails interview = aContact().ofAppointment(APPOINTMENT).build();

        fixture.givenNoPriorActivity()
               .when(new RecordContact(CONTACT_ID, CITIZEN_ID, CASE_ID, interview, NOW))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new CaseOpened(CASE_ID, CITIZEN_ID, OFFICE, interview.occurredAt()),
                       new ContactRecorded(CONTACT_ID, CITIZEN_ID, CASE_ID, interview, NOW));
    }

    @Test
    void appointmentsSecondContactIsRefused() {
        openCases.withOpenCase(CITIZEN_ID, CASE_ID);
        appointments.booked(APPOINTMENT, OFFICE, CITIZEN_ID);
        appointments.claim(APPOINTMENT, OFFICE, CITIZEN_ID, CONTACT_ID);

        fixture.given(caseOpened(), firstContactRecorded())
               .when(new RecordContact(SECOND_CONTACT_ID, CITIZEN_ID, UNUSED_CASE_ID,
                       aContact().ofAppointment(APPOINTMENT).build(), NOW))
               .expectNoEvents()
               .expectException(AppointmentAlreadyRecorded.class);
    }

    @Test
    void contactOfAnAppointmentSchedulingNeverBookedIsRefused() {
        openCases.registered(CITIZEN_ID);

        fixture.givenNoPriorActivity()
               .when(new RecordContact(CONTACT_ID, CITIZEN_ID, CASE_ID, aContact().ofAppointment(APPOINTMENT).build(),
                       NOW))
               .expectNoEvents()
               .expectException(UnknownAppointment.class);
    }

    @Test
    void laterContactJoinsTheOpenCase() {
        openCases.withOpenCase(CITIZEN_ID, CASE_ID);
        ContactDetails contact = aContact().channel(Channel.PHONE).occurredAt(NOW.minusSeconds(60)).build();

        fixture.given(caseOpened(), firstContactRecorded())
               .when(new RecordContact(SECOND_CONTACT_ID, CITIZEN_ID, UNUSED_CASE_ID, contact, NOW))
               .expectSuccessfulHandlerExecution()
               .expectResultMessagePayload(CASE_ID)
               .expectEvents(new ContactRecorded(SECOND_CONTACT_ID, CITIZEN_ID, CASE_ID, contact, NOW));
    }

    @Test
    void caseInChargeStillTakesContacts() {
        openCases.withOpenCase(CITIZEN_ID, CASE_ID);
        ContactDetails contact = aContact().occurredAt(NOW.minusSeconds(60)).build();

        fixture.given(caseOpened(), firstContactRecorded(), caseTakenInCharge())
               .when(new RecordContact(SECOND_CONTACT_ID, CITIZEN_ID, UNUSED_CASE_ID, contact, NOW))
               .expectEvents(new ContactRecorded(SECOND_CONTACT_ID, CITIZEN_ID, CASE_ID, contact, NOW));
    }

    @Test
    void closedCaseTakesNoMoreContacts() {
        openCases.withOpenCase(CITIZEN_ID, CASE_ID);

        fixture.given(caseOpened(), firstContactRecorded(), caseClosed())
               .when(new RecordContact(SECOND_CONTACT_ID, CITIZEN_ID, UNUSED_CASE_ID, aContact().build(), NOW))
               .expectNoEvents()
               .expectException(CaseAlreadyClosed.class);
    }

    @Test
    void firstContactMoreThanFiveMinutesAheadOfTheClockOpensNoCase() {
        openCases.registered(CITIZEN_ID);

        fixture.givenNoPriorActivity()
               .when(new RecordContact(CONTACT_ID, CITIZEN_ID, CASE_ID,
                       aContact().occurredAt(NOW.plus(CLOCK_TOLERANCE).plusSeconds(1)).build(), NOW))
               .expectNoEvents()
               .expectException(ContactInFuture.class);
    }

    @Test
    void contactMoreThanFiveMinutesAheadOfTheClockDoesNotJoinTheCase() {
        openCases.withOpenCase(CITIZEN_ID, CASE_ID);

        fixture.given(caseOpened(), firstContactRecorded())
               .when(new RecordContact(SECOND_CONTACT_ID, CITIZEN_ID, UNUSED_CASE_ID,
                       aContact().occurredAt(NOW.plus(CLOCK_TOLERANCE).plusSeconds(1)).build(), NOW))
               .expectNoEvents()
               .expectException(ContactInFuture.class);
    }

    @Test
    void contactUpToFiveMinutesAheadOfTheClockIsTakenAsClockDrift() {
        openCases.registered(CITIZEN_ID);
        ContactDetails contact = aContact().occurredAt(NOW.plus(CLOCK_TOLERANCE)).build();

        fixture.givenNoPriorActivity()
               .when(new RecordContact(CONTACT_ID, CITIZEN_ID, CASE_ID, contact, NOW))
               .expectEvents(new CaseOpened(CASE_ID, CITIZEN_ID, OFFICE, contact.occurredAt()),
                       new ContactRecorded(CONTACT_ID, CITIZEN_ID, CASE_ID, contact, NOW));
    }

    @Test
    void firstContactClaimsTheCitizenForTheNewCase() {
        openCases.registered(CITIZEN_ID);

        fixture.givenNoPriorActivity()
               .when(new RecordContact(CONTACT_ID, CITIZEN_ID, CASE_ID, aContact().build(), NOW))
               .expectSuccessfulHandlerExecution();

        assertThat(openCases.openCaseOf(CITIZEN_ID)).contains(CASE_ID);
    }

    @Test
    void operatorTakesChargeOfAnOpenCase() {
        fixture.given(caseOpened(), firstContactRecorded())
               .when(new TakeCaseInCharge(CASE_ID, OPERATOR, OPERATOR_CALLING, NOW))
               .expectEvents(new CaseTakenInCharge(CASE_ID, CITIZEN_ID, OPERATOR, NOW))
               .expectResultMessagePayload(CaseState.IN_CHARGE);
    }

    @Test
    void adminPutsACaseInTheChargeOfAnotherOperator() {
        fixture.given(caseOpened(), firstContactRecorded())
               .when(new TakeCaseInCharge(CASE_ID, OTHER_OPERATOR, ADMIN_CALLING, NOW))
               .expectEvents(new CaseTakenInCharge(CASE_ID, CITIZEN_ID, OTHER_OPERATOR, NOW));
    }

    @Test
    void operatorCannotPutACaseInTheChargeOfAnotherOperator() {
        fixture.given(caseOpened(), firstContactRecorded())
               .when(new TakeCaseInCharge(CASE_ID, OTHER_OPERATOR, OPERATOR_CALLING, NOW))
               .expectNoEvents()
               .expectException(OnlyAdminsAssignCases.class);
    }

    @Test
    void callerWithoutTheAdminRoleCannotAssignEvenWithAnAdminLikeName() {
        fixture.given(caseOpened(), firstContactRecorded())
               .when(new TakeCaseInCharge(CASE_ID, OTHER_OPERATOR, new Caller("ADMIN", "OPERATOR"), NOW))
               .expectNoEvents()
               .expectException(OnlyAdminsAssignCases.class);
    }

    @Test
    void caseInChargeCannotBeTakenInChargeAgain() {
        fixture.given(caseOpened(), firstContactRecorded(), caseTakenInCharge())
               .when(new TakeCaseInCharge(CASE_ID, OTHER_OPERATOR, new Caller(OTHER_OPERATOR, "OPERATOR"), NOW))
               .expectNoEvents()
               .expectException(CaseAlreadyInCharge.class);
    }

    @Test
    void closedCaseCannotBeTakenInCharge() {
        fixture.given(caseOpened(), firstContactRecorded(), caseClosed())
               .when(new TakeCaseInCharge(CASE_ID, OPERATOR, OPERATOR_CALLING, NOW))
               .expectNoEvents()
               .expectException(CaseAlreadyClosed.class);
    }

    @Test
    void openCaseIsClosedWithItsReason() {
        fixture.given(caseOpened(), firstContactRecorded())
               .when(new CloseCase(CASE_ID, CaseClosureReason.NEED_MET, OPERATOR, NOW))
               .expectEvents(new CaseClosed(CASE_ID, CITIZEN_ID, CaseClosureReason.NEED_MET, OPERATOR, NOW))
               .expectResultMessagePayload(CaseState.CLOSED);
    }

    @Test
    void closingACaseEndsItsCitizensClaimSoTheNextContactOpensANewCase() {
        openCases.withOpenCase(CITIZEN_ID, CASE_ID);

        fixture.given(caseOpened(), firstContactRecorded())
               .when(new CloseCase(CASE_ID, CaseClosureReason.NEED_MET, OPERATOR, NOW))
               .expectSuccessfulHandlerExecution();

        assertThat(openCases.openCaseOf(CITIZEN_ID)).isEmpty();
    }

    @Test
    void caseInChargeIsClosed() {
        fixture.given(caseOpened(), firstContactRecorded(), caseTakenInCharge())
               .when(new CloseCase(CASE_ID, CaseClosureReason.REFERRED_ELSEWHERE, OPERATOR, NOW))
               .expectEvents(new CaseClosed(CASE_ID, CITIZEN_ID, CaseClosureReason.REFERRED_ELSEWHERE, OPERATOR, NOW));
    }

    @Test
    void closedCaseCannotBeClosedAgain() {
        fixture.given(caseOpened(), firstContactRecorded(), caseClosed())
               .when(new CloseCase(CASE_ID, CaseClosureReason.OTHER, OPERATOR, NOW))
               .expectNoEvents()
               .expectException(CaseAlreadyClosed.class);
    }

    @Test
    void partnerDesksContactOfACitizenOpensTheCaseAtTheDesk() {
        openCases.registered(CITIZEN_ID);
        ContactDetails orientation = aContact().atPartnerDesk(DESK).build();

        fixture.givenNoPriorActivity()
               .when(new RecordContact(CONTACT_ID, CITIZEN_ID, CASE_ID, orientation, Recorder.PARTNER_DESK, NOW))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new CaseOpened(CASE_ID, CITIZEN_ID, DESK, orientation.occurredAt()),
                       new ContactRecorded(CONTACT_ID, CITIZEN_ID, CASE_ID, orientation, NOW));
    }

    @Test
    void staffContactAtAPartnerDesksOfficeClaimsNoCase() {
        openCases.registered(CITIZEN_ID);

        fixture.givenNoPriorActivity()
               .when(new RecordContact(CONTACT_ID, CITIZEN_ID, CASE_ID, aContact().officeId(DESK).build(), NOW))
               .expectNoEvents()
               .expectException(OfficeOfAPartnerDesk.class);
        assertThat(openCases.openCaseOf(CITIZEN_ID)).isEmpty();
    }
}
