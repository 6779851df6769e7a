package org.sportello.referral.desk;

/** A need category of a desk referral's reason: intake's codes, as the desk's own type (see {@link UserArea}). */
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
