package org.sportello.referral.need;

/** A need category of a referral's reason: intake's codes, as referral's own type (see {@link UserArea}). */
public enum NeedCategory {
    HOUSING,
    WORK,
    INCOME,
    HEALTH,
    CARE_OF_DEPENDENT,
    FAMILY_RELATIONS,
    DOCUMENTS_AND_LEGAL,
    EDUCATION,
    ISOLATION,
    DIGITAL_ACCESS,
    OTHER
}
