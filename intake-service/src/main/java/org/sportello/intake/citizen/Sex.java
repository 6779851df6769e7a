package org.sportello.intake.citizen;

/** Sex as recorded in the civil registry, which is what the fiscal code encodes. */
public enum Sex {
    F,
    M
}
