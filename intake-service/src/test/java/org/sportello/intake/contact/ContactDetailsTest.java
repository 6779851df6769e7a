package org.sportello.intake.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sportello.intake.contact.ContactDetailsFixture.CONTACT_ID;
import static org.sportello.intake.contact.ContactDetailsFixture.OCCURRED_AT;
import static org.sportello.intake.contact.ContactDetailsFixture.OFFICE;
import static org.sportello.intake.contact.ContactDetailsFixture.RECORDED_AT;
import static org.sportello.intake.contact.ContactDetailsFixture.aContact;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sportello.intake.appointment.AppointmentId;
import org.sportello.intake.casefile.CaseFixture;
import org.sportello.intake.citizen.CitizenFixture;
import org.sportello.platform.problem.DomainException;

/** Details are taken as stored; the commands that record a contact are the ones that check them. */
class ContactDetailsTest {

    @Test
    void detailsAsAnOldEventHoldsThemAreTakenAsTheyWere() {
        assertThatCode(() -> new ContactDetails(OFFICE, Channel.WALK_IN, OCCURRED_AT, null, null, null, null))
                .doesNotThrowAnyException();
        assertThat(new ContactDetails(OFFICE, Channel.WALK_IN, OCCURRED_AT, null, null, null, null).outcomes()).isEmpty();
    }

    @Test
    void walkInCannotBeAnAppointmentsInterview() {
        ContactDetails walkIn = aContact().channel(Channel.WALK_IN)
                .appointmentId(new AppointmentId(UUID.fromString("5c2e8a41-7d3b-4f9e-a6c1-2b8d4e0f7a93"))).build();

        assertThatThrownBy(() -> new RecordAnonymousContact(CONTACT_ID, walkIn, RECORDED_AT))
                .isInstanceOf(AppointmentChannelRequired.class)
                .extracting(e -> ((DomainException) e).field()).isEqualTo("appointmentId");
    }

    @Test
    void appointmentChannelWithoutAnAppointmentIdIsAnInterviewBookedOutsideScheduling() {
        assertThatCode(() -> new RecordAnonymousContact(CONTACT_ID, aContact().channel(Channel.APPOINTMENT).build(),
                RECORDED_AT)).doesNotThrowAnyException();
    }

    @Test
    void contactWithoutOperatorsCannotBeAskedFor() {
        ContactDetails nobody = aContact().operators(List.of()).build();

        assertThatThrownBy(() -> new RecordAnonymousContact(CONTACT_ID, nobody, RECORDED_AT))
                .isInstanceOf(IncompleteContact.class)
                .extracting(e -> ((DomainException) e).field()).isEqualTo("operators");
    }

    @Test
    void contactWithoutOutcomesCannotBeAskedFor() {
        ContactDetails nothingCameOfIt = aContact().outcomes().build();

        assertThatThrownBy(() -> new RecordContact(CONTACT_ID, CitizenFixture.CITIZEN_ID, CaseFixture.CASE_ID,
                nothingCameOfIt, RECORDED_AT))
                .isInstanceOf(IncompleteContact.class)
                .extracting(e -> ((DomainException) e).field()).isEqualTo("outcomes");
    }
}
