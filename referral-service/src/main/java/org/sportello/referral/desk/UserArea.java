package org.sportello.referral.desk;

/**
 * The user area of the need a partner desk refers on: intake's codes (one coding of needs for every
 * service), as the desk's own type so that only the translator speaks the contracts.
 */
public enum UserArea {
    FAMILY_AND_MINORS,
    DISABILITY,
    ADDICTIONS,
    ELDERLY,
    IMMIGRANTS,
    POVERTY_AND_ADULT_HARDSHIP,
    MULTI_AREA
}
