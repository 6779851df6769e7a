package org.sportello.referral.provider;

/** How a provider is reached, and so how its answers arrive. */
public enum ContactChannel {
    /** The provider has accounts (role PROVIDER bound to its id) and answers through the API. */
    API,
    PHONE,
    EMAIL,
    /** Certified e-mail, as public bodies correspond. */
    PEC
}
