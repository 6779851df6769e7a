package org.sportello.contracts.intake.v1;

/** Categories of need identified when decoding a citizen's request (decodifica della domanda). */
public enum NeedCategory {
    /** Housing: eviction, unfit or no housing, social housing applications. */
    HOUSING,
    /** Work: job loss, job search, training for work. */
    WORK,
    /** Income: insufficient income, debts, bills, access to income support. */
    INCOME,
    /** Health: physical or mental health, access to health services. */
    HEALTH,
    /** Care of a dependent person: an elderly, disabled or ill family member. */
    CARE_OF_DEPENDENT,
    /** Family relations: conflict, separation, parenting, violence. */
    FAMILY_RELATIONS,
    /** Documents and legal matters: residence permits, certificates, legal advice. */
    DOCUMENTS_AND_LEGAL,
    /** Education: school enrolment, school difficulties, adult education. */
    EDUCATION,
    /** Isolation and loneliness. */
    ISOLATION,
    /** Digital access: online public services, digital identity, devices. */
    DIGITAL_ACCESS,
    /** Any need not covered above. */
    OTHER
}
