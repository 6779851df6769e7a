package org.sportello.contracts.referral.v1;

/** How consent to a referral was given. */
public enum ConsentForm {
    /** A signed form, kept on paper or scanned at the office. */
    SIGNED,
    /** Said aloud before a witness, whose name referral keeps encrypted. */
    VERBAL_WITH_WITNESS,
    /** Given digitally (SPID-signed form, app). */
    DIGITAL
}
