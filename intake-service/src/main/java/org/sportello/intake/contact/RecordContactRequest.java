package org.sportello.intake.contact;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import org.hibernate.validator.constraints.UniqueElements;
import org.sportello.intake.appointment.AppointmentId;
import org.sportello.intake.office.OfficeId;
import org.sportello.platform.personaldata.Personal;
import org.sportello.platform.personaldata.SubjectId;

/**
 * Body of {@code POST /api/contacts}, with the limits of what a front desk can mean: unknown codes
 * never get this far (JSON binding refuses them), {@code UNRECOGNISED} is refused here, and every
 * string and list has a bound, so that one request cannot store a novel or a thousand operators.
 */
public record RecordContactRequest(
        UUID citizenId,
        @NotBlank @Size(max = OfficeId.MAX_LENGTH) @Pattern(regexp = OfficeId.SLUG,
                message = "must be a lowercase slug such as monza-san-rocco") String officeId,
        @NotNull @Recognised Channel channel,
        @NotNull @PlausibleOccurredAt Instant occurredAt,
        @NotEmpty @Size(max = MAX_OPERATORS) List<@Valid @NotNull OperatorRequest> operators,
        @Size(max = UserArea.IN_USE) List<@Valid @NotNull NeedRequest> needs,
        @NotEmpty @Size(max = ContactOutcome.IN_USE) @UniqueElements
        List<@NotNull @Recognised ContactOutcome> outcomes,
        @Size(max = MAX_NOTES) @Pattern(regexp = TEXT, message = "must not contain control characters other "
                + "than tabs and line breaks") String notes,
        @Schema(description = "The scheduling appointment whose interview this contact is: only with channel "
                + "APPOINTMENT, at the appointment's office, for its citizen (absent for an anonymous caller's), "
                + "and one contact per appointment. Optional, also with channel APPOINTMENT: an interview "
                + "booked outside scheduling has none.")
        UUID appointmentId) {

    /** More people than this in one interview is a list pasted by mistake. */
    public static final int MAX_OPERATORS = 10;
    public static final int MAX_NOTES = 4000;
    /** The token's {@code sub} as the identity provider issues it; the contracts allow no more. */
    public static final String OPERATOR_ID = "^[A-Za-z0-9._@:-]{1,64}$";
    public static final int MAX_OPERATOR_ID = 64;
    /**
     * Free text over several lines: tabs and line breaks, but no other control character. The
     * platform's JSON reader (StrictTextDeserializer) already refuses those in every string; the
     * pattern says so in the document, and holds for a value that did not come through it.
     */
    public static final String TEXT = "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]*$";

    public record OperatorRequest(
            @NotBlank @Size(max = MAX_OPERATOR_ID) @Pattern(regexp = OPERATOR_ID,
                    message = "must be 1 to 64 letters, digits or . _ @ : -") String operatorId,
            @NotNull @Recognised OperatorRole role) {
    }

    public record NeedRequest(
            @NotNull @Recognised UserArea userArea,
            @NotEmpty @Size(max = NeedCategory.IN_USE) @UniqueElements
            List<@NotNull @Recognised NeedCategory> categories) {
    }

    /** @param notesOf whose personal data the notes are: the citizen's, or an anonymous contact's own */
    ContactDetails details(SubjectId notesOf) {
        return new ContactDetails(OfficeId.of(officeId), channel, occurredAt,
                operators.stream().map(o -> new Operator(o.operatorId(), o.role())).toList(),
                needs == null ? List.of() : needs.stream().map(n -> new Need(n.userArea(), List.copyOf(n.categories()))).toList(),
                outcomes, notes == null || notes.isBlank() ? null : Personal.of(notesOf, notes),
                appointmentId == null ? null : new AppointmentId(appointmentId));
    }
}
