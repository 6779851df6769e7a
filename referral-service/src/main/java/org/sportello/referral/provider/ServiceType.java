package org.sportello.referral.provider;

/**
 * What a provider does, with the response deadline a provider of that type has unless its
 * registration says otherwise: short where a person is at risk or without food, longer where the
 * service assesses before it answers (disability, housing).
 */
public enum ServiceType {
    /** Minors' protection (tutela minori). */
    MINORS_PROTECTION(5),
    /** Addictions (SerD). */
    ADDICTIONS(10),
    /** Mental health (CPS, centro psico-sociale). */
    MENTAL_HEALTH(10),
    DISABILITY(15),
    /** Home care, day centres, residential care. */
    ELDERLY_CARE(10),
    /** The employment centre (centro per l'impiego). */
    EMPLOYMENT_CENTRE(10),
    /** Housing emergencies and social housing. */
    HOUSING(15),
    /** Food banks, clothing, social emporia. */
    FOOD_AND_BASIC_NEEDS(5),
    /** Unions' CAF and patronati, legal advice desks. */
    LEGAL_AND_TAX_HELP(10),
    /** Help with SPID, online public services, devices. */
    DIGITAL_FACILITATION(5),
    OTHER(10);

    private final int defaultDeadlineWorkingDays;

    ServiceType(int defaultDeadlineWorkingDays) {
        this.defaultDeadlineWorkingDays = defaultDeadlineWorkingDays;
    }

    /** Working days a provider of this type has to answer a referral, unless its registration overrides it. */
    public int defaultDeadlineWorkingDays() {
        return defaultDeadlineWorkingDays;
    }
}
