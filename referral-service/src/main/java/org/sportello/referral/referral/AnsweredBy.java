package org.sportello.referral.referral;

/** Who records a provider's answer: the provider through its account, or an operator for it. */
public enum AnsweredBy {
    PROVIDER,
    OFFICE
}
