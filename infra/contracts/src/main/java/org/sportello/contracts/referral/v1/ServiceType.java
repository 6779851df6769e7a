package org.sportello.contracts.referral.v1;

/** What a provider does: the referral funnel is reported per service type. */
public enum ServiceType {
    /** Minors' protection (tutela minori). */
    MINORS_PROTECTION,
    /** Addictions (SerD). */
    ADDICTIONS,
    /** Mental health (CPS, centro psico-sociale). */
    MENTAL_HEALTH,
    /** Disability services. */
    DISABILITY,
    /** Elderly care (assistenza domiciliare, RSA). */
    ELDERLY_CARE,
    /** The employment centre (centro per l'impiego). */
    EMPLOYMENT_CENTRE,
    /** Housing (emergenza abitativa, social housing). */
    HOUSING,
    /** Food and basic needs: food banks, clothing, emporia. */
    FOOD_AND_BASIC_NEEDS,
    /** Legal and tax help: unions' CAF and patronati, legal advice desks. */
    LEGAL_AND_TAX_HELP,
    /** Digital facilitation: help with SPID, online public services, devices. */
    DIGITAL_FACILITATION,
    /** Anything else. */
    OTHER
}
