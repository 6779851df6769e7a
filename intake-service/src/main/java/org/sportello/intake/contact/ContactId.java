package org.sportello.intake.contact;

import java.util.UUID;

import org.sportello.platform.personaldata.SubjectId;

/** Identifies one contact (accesso or colloquio). */
public record ContactId(UUID value) {

    public static ContactId random() {
        return new ContactId(UUID.randomUUID());
    }

    /** An anonymous contact's notes belong to no citizen: the contact is their subject. */
    public SubjectId subject() {
        return SubjectId.of(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
