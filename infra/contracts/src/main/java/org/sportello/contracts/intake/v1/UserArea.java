package org.sportello.contracts.intake.v1;

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
    MULTI_AREA
}
