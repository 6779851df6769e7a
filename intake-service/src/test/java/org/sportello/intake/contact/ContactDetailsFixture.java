package org.sportello.intake.contact;

import org.sportello.intake.citizen.CitizenFixture;
import org.sportello.platform.personaldata.Personal;
import org.sportello.platform.personaldata.SubjectId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.sportello.intake.appointment.AppointmentId;
import org.sportello.intake.office.OfficeId;

/** A walk-in contact at Monza San Rocco, as a builder: change only what the test is about. */
public final class ContactDetailsFixture {

    public static final ContactId CONTACT_ID = new ContactId(UUID.fromString("3f6a9c2e-8b1d-4e7a-a5c3-9d2e4f6a8b1c"));
    public static final ContactId SECOND_CONTACT_ID = new ContactId(UUID.fromString("7a1c3e5f-9b2d-4f6a-8c1e-3b5d7f9a2c4e"));
    public static final OfficeId OFFICE = new OfficeId("monza-san-rocco");
    /** A partner desk's office (Caritas in Pioltello, Est Milano's segretariato sociale diffuso). */
    public static final OfficeId DESK = new OfficeId("pioltello-caritas");
    /** When the operator records the contact: the server's clock. */
    public static final Instant RECORDED_AT = Instant.parse("2025-03-12T10:00:00Z");
    public static final Instant OCCURRED_AT = RECORDED_AT.minusSeconds(20 * 60);
    public static final String NOTES = "Lives with her mother; the landlord has served an eviction notice.";
    /** Whose the notes are: the citizen of CitizenFixture, whose contacts these are in the tests. */
    public static final SubjectId NOTES_OF = CitizenFixture.CITIZEN_ID.subject();

    private OfficeId officeId = OFFICE;
    private Channel channel = Channel.WALK_IN;
    private Instant occurredAt = OCCURRED_AT;
    private List<Operator> operators = List.of(new Operator("op-0173", OperatorRole.SOCIAL_WORKER));
    private List<Need> needs = List.of(new Need(UserArea.POVERTY_AND_ADULT_HARDSHIP,
            List.of(NeedCategory.HOUSING, NeedCategory.INCOME)));
    private List<ContactOutcome> outcomes = List.of(ContactOutcome.ORIENTATION, ContactOutcome.APPOINTMENT_PROPOSED);
    private String notes = NOTES;
    private AppointmentId appointmentId;

    private ContactDetailsFixture() {
    }

    public static ContactDetailsFixture aContact() {
        return new ContactDetailsFixture();
    }

    public static ContactDetails contactDetails() {
        return aContact().build();
    }

    public ContactDetailsFixture occurredAt(Instant occurredAt) {
        this.occurredAt = occurredAt;
        return this;
    }

    public ContactDetailsFixture channel(Channel channel) {
        this.channel = channel;
        return this;
    }

    public ContactDetailsFixture officeId(OfficeId officeId) {
        this.officeId = officeId;
        return this;
    }

    public ContactDetailsFixture outcomes(ContactOutcome... outcomes) {
        this.outcomes = List.of(outcomes);
        return this;
    }

    public ContactDetailsFixture operators(List<Operator> operators) {
        this.operators = operators;
        return this;
    }

    public ContactDetailsFixture notes(String notes) {
        this.notes = notes;
        return this;
    }

    /** The interview of this appointment: channel APPOINTMENT, with its id. */
    public ContactDetailsFixture ofAppointment(AppointmentId appointmentId) {
        this.channel = Channel.APPOINTMENT;
        this.appointmentId = appointmentId;
        return this;
    }

    /** An orientation at a partner desk's office, held by one of its volunteers. */
    public ContactDetailsFixture atPartnerDesk(OfficeId desk) {
        this.officeId = desk;
        this.channel = Channel.PARTNER_DESK;
        this.operators = List.of(new Operator("vol-12", OperatorRole.PARTNER_VOLUNTEER));
        return this;
    }

    public ContactDetailsFixture appointmentId(AppointmentId appointmentId) {
        this.appointmentId = appointmentId;
        return this;
    }

    public ContactDetails build() {
        return new ContactDetails(officeId, channel, occurredAt, operators, needs, outcomes,
                Personal.ofNullable(NOTES_OF, notes), appointmentId);
    }
}
