package org.sportello.contracts.intake.v1;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A contact with the service was recorded. {@code citizenId} and {@code caseId} are both null
 * for an anonymous contact: a person who asked for information without giving a name.
 *
 * @param contactId  the contact's id; the Kafka key and {@code ce_subject} when the contact is
 *                   anonymous
 * @param citizenId  the citizen's pseudonymous id, or null for an anonymous contact
 * @param caseId     the case the contact belongs to, or null for an anonymous contact; the Kafka
 *                   key and {@code ce_subject} otherwise
 * @param officeId   slug of the office where the contact happened, e.g. {@code monza-san-rocco}
 * @param channel    how the contact reached the office
 * @param occurredAt when the contact happened, UTC
 * @param operators  the staff who took part, at least one, each in the role they held
 * @param needs      needs identified, by user area; empty when no need was decoded
 * @param outcomes   what the contact led to, at least one
 * @param recordedBy the operator who recorded it (the token's pseudonymous {@code sub}, never a
 *                   name); optional, null for events recorded before it was published
 * @param appointmentId the scheduling appointment this contact is the interview of (channel
 *                   {@code APPOINTMENT}; see scheduling's {@code AppointmentBooked}), at most one
 *                   contact per appointment; optional, null for any other contact and absent from
 *                   events published before it was added
 */
public record ContactRecorded(UUID contactId, UUID citizenId, UUID caseId, String officeId,
                              Channel channel, Instant occurredAt, List<Operator> operators,
                              List<Need> needs, List<ContactOutcome> outcomes,
                              String recordedBy, UUID appointmentId) {

    public static final String TYPE = "sportello.intake.ContactRecorded.v1";

    /** Without {@code appointmentId}: any contact that is not an appointment's interview. */
    public ContactRecorded(UUID contactId, UUID citizenId, UUID caseId, String officeId, Channel channel,
                           Instant occurredAt, List<Operator> operators, List<Need> needs,
                           List<ContactOutcome> outcomes, String recordedBy) {
        this(contactId, citizenId, caseId, officeId, channel, occurredAt, operators, needs, outcomes, recordedBy, null);
    }

    /** Without {@code recordedBy}: events recorded before it was published, or by no operator. */
    public ContactRecorded(UUID contactId, UUID citizenId, UUID caseId, String officeId, Channel channel, Instant occurredAt, List<Operator> operators, List<Need> needs, List<ContactOutcome> outcomes) {
        this(contactId, citizenId, caseId, officeId, channel, occurredAt, operators, needs, outcomes, null, null);
    }
}
