package org.sportello.contracts.referral.v1;

/** How a provider's answer reached the system. */
public enum AnswerSource {
    /** The provider answered through the API with its own account. */
    API,
    /** An operator recorded an answer given by telephone. */
    PHONE,
    /** An operator recorded an answer given by e-mail (or PEC). */
    EMAIL
}
