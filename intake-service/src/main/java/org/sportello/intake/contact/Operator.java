package org.sportello.intake.contact;

import io.swagger.v3.oas.annotations.media.Schema;

/** A member of staff (or partner volunteer) who took part in a contact: an opaque id, never a name, and the role. */
public record Operator(
        @Schema(description = "As RecordContactRequest lets it in", minLength = 1,
                maxLength = RecordContactRequest.MAX_OPERATOR_ID, pattern = RecordContactRequest.OPERATOR_ID)
        String operatorId,
        OperatorRole role) {
}
