package org.sportello.intake.contact;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;

/** Needs identified at a contact in one user area: the area and the categories of need in it. */
public record Need(
        UserArea userArea,
        // Distinct codes when recorded; not declared uniqueItems, since two codes retired since
        // would both read as UNRECOGNISED.
        @ArraySchema(minItems = 1, maxItems = NeedCategory.IN_USE) List<NeedCategory> categories) {
}
