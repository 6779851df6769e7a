package org.sportello.intake.contact;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.sportello.contracts.intake.v1.Channel;
import org.sportello.contracts.intake.v1.ContactOutcome;
import org.sportello.contracts.intake.v1.Need;
import org.sportello.contracts.intake.v1.NeedCategory;
import org.sportello.contracts.intake.v1.Operator;
import org.sportello.contracts.intake.v1.OperatorRole;
import org.sportello.contracts.intake.v1.UserArea;
import org.sportello.intake.office.OfficeId;
import org.sportello.platform.validation.Distinct;

/** Body of {@code POST /api/contacts}. Unknown codes never get this far: JSON binding refuses them. */
public record RecordContactRequest(
        UUID citizenId,
        @NotBlank String officeId,
        @NotNull Channel channel,
        @NotNull Instant occurredAt,
        @NotEmpty List<@Valid @NotNull OperatorRequest> operators,
        List<@Valid @NotNull NeedRequest> needs,
        @NotEmpty @Distinct List<@NotNull ContactOutcome> outcomes,
        @Size(max = 4000) String notes) {

    public record OperatorRequest(@NotBlank @Size(max = 100) String operatorId, @NotNull OperatorRole role) {
    }

    public record NeedRequest(@NotNull UserArea userArea, @NotEmpty @Distinct List<@NotNull NeedCategory> categories) {
    }

    ContactDetails details() {
        return new ContactDetails(new OfficeId(officeId), channel, occurredAt,
                operators.stream().map(o -> new Operator(o.operatorId(), o.role())).toList(),
                needs == null ? List.of() : needs.stream().map(n -> new Need(n.userArea(), List.copyOf(n.categories()))).toList(),
                outcomes, notes == null || notes.isBlank() ? null : notes);
    }
}
