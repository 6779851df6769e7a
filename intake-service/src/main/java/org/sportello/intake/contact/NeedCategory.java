package org.sportello.intake.contact;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

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
    OTHER,
    /**
     * A stored code no longer in use: an event recorded with a code that intake has since retired
     * still loads, with this in its place. Never accepted in a request.
     */
    @JsonEnumDefaultValue
    UNRECOGNISED;

    /** The categories a request may name, each at most once. */
    public static final int IN_USE = 11;
}
