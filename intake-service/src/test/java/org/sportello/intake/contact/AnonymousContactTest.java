package org.sportello.intake.contact;

import static org.sportello.intake.contact.ContactDetailsFixture.CONTACT_ID;
import static org.sportello.intake.contact.ContactDetailsFixture.DESK;
import static org.sportello.intake.contact.ContactDetailsFixture.OFFICE;
import static org.sportello.intake.contact.ContactDetailsFixture.RECORDED_AT;
import static org.sportello.intake.contact.ContactDetailsFixture.aContact;
import static org.sportello.intake.contact.ContactDetailsFixture.contactDetails;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.intake.appointment.AppointmentId;
import org.sportello.intake.appointment.InMemoryAppointmentContacts;
import org.sportello.intake.office.InMemoryKnownOffices;
import org.sportello.intake.office.OfficeId;
import org.sportello.intake.office.OfficeKind;
import org.sportello.intake.office.UnknownOffice;

class AnonymousContactTest {

    private FixtureConfiguration<AnonymousContact> fixture;

    private final InMemoryKnownOffices offices = new InMemoryKnownOffices().known(OFFICE)
            .known(OfficeKind.PARTNER_DESK, DESK);
    private final InMemoryAppointmentContacts appointments = new InMemoryAppointmentContacts();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AnonymousContact.class);
        fixture.registerAnnotatedCommandHandler(new AnonymousContactRecording(fixture.getRepository(),
                new ContactAdmission(offices, appointments)));
    }

    @Test
    void anonymousContactAtAnOfficeSchedulingNeverPublishedIsRefused() {
        fixture.givenNoPriorActivity()
               .when(new RecordAnonymousContact(CONTACT_ID,
                       aContact().officeId(new OfficeId("monza-nowhere")).build(), RECORDED_AT))
               .expectNoEvents()
               .expectException(UnknownOffice.class);
    }

    @Test
    void anonymousCallersAppointmentIsRecordedAnonymously() {
        AppointmentId appointment = new AppointmentId(UUID.fromString("0d4b6f82-1a3c-4e5d-9f7a-8b2c6d4e1f30"));
        appointments.booked(appointment, OFFICE, null);
        ContactDetails interview = aContact().ofAppointment(appointment).build();

        fixture.givenNoPriorActivity()
               .when(new RecordAnonymousContact(CONTACT_ID, interview, RECORDED_AT))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new ContactRecorded(CONTACT_ID, null, null, interview, RECORDED_AT));
    }

    @Test
    void anonymousContactIsRecordedWithoutCitizenOrCase() {
        fixture.givenNoPriorActivity()
               .when(new RecordAnonymousContact(CONTACT_ID, contactDetails(), RECORDED_AT))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new ContactRecorded(CONTACT_ID, null, null, contactDetails(), RECORDED_AT));
    }

    @Test
    void anonymousContactMoreThanFiveMinutesAheadOfTheClockIsRefused() {
        fixture.givenNoPriorActivity()
               .when(new RecordAnonymousContact(CONTACT_ID,
                       aContact().occurredAt(RECORDED_AT.plus(Duration.ofMinutes(5)).plusSeconds(1)).build(),
                       RECORDED_AT))
               .expectNoEvents()
               .expectException(ContactInFuture.class);
    }

    @Test
    void partnerDeskRecordsAnAnonymousOrientationAtItsDesk() {
        ContactDetails orientation = aContact().atPartnerDesk(DESK).build();

        fixture.givenNoPriorActivity()
               .when(new RecordAnonymousContact(CONTACT_ID, orientation, Recorder.PARTNER_DESK, RECORDED_AT))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new ContactRecorded(CONTACT_ID, null, null, orientation, RECORDED_AT));
    }

    @Test
    void partnerDeskCannotRecordAtASecretariatOffice() {
        fixture.givenNoPriorActivity()
               .when(new RecordAnonymousContact(CONTACT_ID, aContact().atPartnerDesk(DESK).officeId(OFFICE).build(),
                       Recorder.PARTNER_DESK, RECORDED_AT))
               .expectNoEvents()
               .expectException(NotAPartnerDeskOffice.class);
    }

    @Test
    void partnerDeskRecordsOnlyByItsOwnChannel() {
        fixture.givenNoPriorActivity()
               .when(new RecordAnonymousContact(CONTACT_ID, aContact().atPartnerDesk(DESK).channel(Channel.WALK_IN)
                       .build(), Recorder.PARTNER_DESK, RECORDED_AT))
               .expectNoEvents()
               .expectException(PartnerDeskChannelRequired.class);
    }

    @Test
    void partnerDeskCannotNameMunicipalStaff() {
        fixture.givenNoPriorActivity()
               .when(new RecordAnonymousContact(CONTACT_ID, aContact().atPartnerDesk(DESK).operators(List.of(
                       new Operator("vol-12", OperatorRole.PARTNER_VOLUNTEER),
                       new Operator("op-0173", OperatorRole.SOCIAL_WORKER))).build(), Recorder.PARTNER_DESK,
                       RECORDED_AT))
               .expectNoEvents()
               .expectException(PartnerVolunteersOnly.class);
    }

    @Test
    void staffCannotRecordAtAPartnerDesksOffice() {
        fixture.givenNoPriorActivity()
               .when(new RecordAnonymousContact(CONTACT_ID, aContact().officeId(DESK).build(), Recorder.OPERATOR,
                       RECORDED_AT))
               .expectNoEvents()
               .expectException(OfficeOfAPartnerDesk.class);
    }

    @Test
    void partnerDeskChannelIsRefusedAtASecretariatOffice() {
        fixture.givenNoPriorActivity()
               .when(new RecordAnonymousContact(CONTACT_ID, aContact().channel(Channel.PARTNER_DESK).build(),
                       Recorder.OPERATOR, RECORDED_AT))
               .expectNoEvents()
               .expectException(PartnerDeskChannelOutsideDesks.class);
    }
}
