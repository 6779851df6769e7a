package org.sportello.intake.contact;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** How a contact reached the office. */
public enum Channel {
    WALK_IN,
    PHONE,
    EMAIL,
    APPOINTMENT,
    /** An orientation at a partner organisation's desk (segretariato sociale diffuso). */
    PARTNER_DESK,
    /**
     * A stored code no longer in use: an event recorded with a code that intake has since retired
     * still loads, with this in its place. Never accepted in a request.
     */
    @JsonEnumDefaultValue
    UNRECOGNISED;
}
