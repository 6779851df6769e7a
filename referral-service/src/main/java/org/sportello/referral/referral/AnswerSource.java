package org.sportello.referral.referral;

/** How a provider's answer reached the office. */
public enum AnswerSource {
    /** The provider answered itself, with its own account. */
    API,
    /** An operator recorded an answer given by telephone. */
    PHONE,
    /** An operator recorded an answer given by e-mail or PEC. */
    EMAIL
}
