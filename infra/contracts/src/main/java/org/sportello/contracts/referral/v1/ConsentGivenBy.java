package org.sportello.contracts.referral.v1;

/** Who consented to a referral. */
public enum ConsentGivenBy {
    CITIZEN,
    /** A parent, guardian or support administrator (amministratore di sostegno) for the citizen. */
    LEGAL_GUARDIAN
}
