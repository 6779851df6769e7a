package org.sportello.reporting.research.indicators;

/** A share an indicators row shows: a numerator count over a denominator count of the same unit and month. */
enum Share {
    CARE_FIRST("careFirstShare", Measure.CARE_FIRST, Measure.EPISODES),
    CONTROL_BEFORE_CARE("controlBeforeCareShare", Measure.CONTROL_BEFORE_CARE, Measure.EPISODES),
    DROP_OFF("dropOffShare", Measure.DROP_OFF, Measure.ENDED),
    JOINT_INTERVIEW("jointInterviewShare", Measure.JOINT, Measure.CONTACTS),
    DECENTRALISED("decentralisedShare", Measure.DECENTRALISED, Measure.EPISODES);

    private final String field;
    private final Measure numerator;
    private final Measure denominator;

    Share(String field, Measure numerator, Measure denominator) {
        this.field = field;
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /** The row's field, and its name in {@code suppressed}. */
    String field() {
        return field;
    }

    Measure numerator() {
        return numerator;
    }

    Measure denominator() {
        return denominator;
    }

    /** The complement's name in cell ids: the denominator less the numerator, e.g. {@code careFirst-not}. */
    String complementCell() {
        return numerator.cell() + "-not";
    }
}
