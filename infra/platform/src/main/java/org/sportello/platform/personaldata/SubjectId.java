package org.sportello.platform.personaldata;

import java.util.Objects;
import java.util.UUID;

/**
 * Whose personal data a value is: a citizen, or for data that belongs to no citizen (an anonymous
 * caller's callback number) the record that holds it. Each subject has a data key of its own, so
 * erasing one subject is shredding one key.
 */
public record SubjectId(UUID value) {

    public SubjectId {
        Objects.requireNonNull(value, "a subject has an id");
    }

    public static SubjectId of(UUID value) {
        return new SubjectId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
