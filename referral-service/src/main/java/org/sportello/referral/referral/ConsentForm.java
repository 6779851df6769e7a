package org.sportello.referral.referral;

/** How consent was given. */
public enum ConsentForm {
    SIGNED,
    /** Said aloud before a witness, whose name is kept. */
    VERBAL_WITH_WITNESS,
    DIGITAL
}
