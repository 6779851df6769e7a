package org.sportello.intake.contact;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** The professional role in which an operator took part in a contact. */
public enum OperatorRole {
    SOCIAL_WORKER,
    EDUCATOR,
    ADMINISTRATIVE,
    PARTNER_VOLUNTEER,
    /**
     * A stored code no longer in use: an event recorded with a code that intake has since retired
     * still loads, with this in its place. Never accepted in a request.
     */
    @JsonEnumDefaultValue
    UNRECOGNISED;
}
