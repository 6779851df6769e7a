package org.sportello.contracts.intake.v1;

/** Sex as recorded in the civil registry (and encoded in the fiscal code). */
public enum Sex {
    F,
    M
}
