package org.sportello.contracts.referral.v1;

/** How a provider is reached, and so how its answers arrive. */
public enum ContactChannel {
    /** The provider has accounts and answers through the API itself. */
    API,
    /** By telephone: an operator records its answers. */
    PHONE,
    /** By e-mail: an operator records its answers. */
    EMAIL,
    /** By certified e-mail (PEC), as public bodies correspond: an operator records its answers. */
    PEC
}
