package org.sportello.referral.referral;

/** Who consented to a referral. */
public enum ConsentGivenBy {
    CITIZEN,
    /** A parent, guardian or support administrator (amministratore di sostegno): their name is kept. */
    LEGAL_GUARDIAN
}
