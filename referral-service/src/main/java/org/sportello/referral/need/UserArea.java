package org.sportello.referral.need;

/**
 * The user area of the need a referral or a partner desk's referral answers: intake's codes (one
 * coding of needs for every service), kept as referral's own type so that only the translator speaks
 * the contracts.
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
