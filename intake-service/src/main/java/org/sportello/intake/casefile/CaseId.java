package org.sportello.intake.casefile;

import java.util.UUID;

/** Identifies a citizen's case (fascicolo). */
public record CaseId(UUID value) {

    public static CaseId random() {
        return new CaseId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
