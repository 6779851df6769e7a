package org.sportello.scheduling.operator;

/** A member of staff by the pseudonymous id their tokens carry as {@code sub}. */
public record OperatorId(String value) {

    /** As long as a token's {@code sub} may be (the platform's claim validator). */
    public static final int MAX_LENGTH = 64;

    @Override
    public String toString() {
        return value;
    }
}
