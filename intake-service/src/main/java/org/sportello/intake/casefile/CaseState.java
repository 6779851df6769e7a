package org.sportello.intake.casefile;

/** Where a case stands. */
public enum CaseState {
    /** First-level access: the secretariat listens, informs and orients. */
    OPEN,
    /** Second level: a professional has taken charge (presa in carico). */
    IN_CHARGE,
    /** History: read by auditors, never changed again. */
    CLOSED
}
