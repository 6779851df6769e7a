package org.sportello.launcher.demo;

/**
 * The grounds of GDPR art. 17(1) on which intake erases a citizen's personal data, spelled as its API
 * takes them. The launcher holds no intake type, so the words are repeated here.
 */
public enum ErasureGround {
    CONSENT_WITHDRAWN,
    NO_LONGER_NECESSARY,
    OBJECTION,
    UNLAWFUL_PROCESSING,
    LEGAL_OBLIGATION
}
