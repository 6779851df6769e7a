package org.sportello.intake.contact;

import java.util.UUID;

/** Identifies one contact (accesso or colloquio). */
public record ContactId(UUID value) {

    public static ContactId random() {
        return new ContactId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
