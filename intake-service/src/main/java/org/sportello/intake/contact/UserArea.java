package org.sportello.intake.contact;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Areas of users (aree di utenza) as used in Italian social-services statistics. */
public enum UserArea {
    /** Families and minors (famiglia e minori). */
    FAMILY_AND_MINORS,
    /** Disability (disabili). */
    DISABILITY,
    /** Addictions (dipendenze). */
    ADDICTIONS,
    /** Elderly people (anziani). */
    ELDERLY,
    /** Immigrants (immigrati). */
    IMMIGRANTS,
    /** Poverty and adult hardship (povertà e disagio adulti). */
    POVERTY_AND_ADULT_HARDSHIP,
    /** More than one area at once (multiutenza). */
    MULTI_AREA,
    /**
     * A stored code no longer in use: an event recorded with a code that intake has since retired
     * still loads, with this in its place. Never accepted in a request.
     */
    @JsonEnumDefaultValue
    UNRECOGNISED;

    /** The areas a request may name: a contact has at most one entry of needs per area. */
    public static final int IN_USE = 7;
}
