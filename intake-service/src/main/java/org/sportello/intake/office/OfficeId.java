package org.sportello.intake.office;

import java.util.regex.Pattern;

/**
 * An office, by its lowercase slug ({@code monza-san-rocco}), as scheduling's office registry names
 * it; a new contact is accepted only at an office intake knows ({@link KnownOffices}). {@code all}
 * is reserved: reports use it for all offices together.
 *
 * <p>The constructor takes any value, because stored events hold office ids of whatever shape was
 * accepted when they were recorded (STYLE.md 11); new ids come through {@link #of(String)}.
 */
public record OfficeId(String value) {

    /** The shape a new id must have; also the request's {@code @Pattern}. */
    public static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final int MAX_LENGTH = 64;
    private static final Pattern SLUG_PATTERN = Pattern.compile(SLUG);
    private static final String RESERVED = "all";

    /** An office id as a request names it: refused unless it has today's shape. */
    public static OfficeId of(String value) {
        if (value == null || value.length() > MAX_LENGTH || !SLUG_PATTERN.matcher(value).matches()) {
            throw new InvalidOfficeId("must be a lowercase slug such as monza-san-rocco (letters, digits, "
                    + "single hyphens, at most " + MAX_LENGTH + " characters)");
        }
        if (value.equals(RESERVED)) {
            throw new InvalidOfficeId("'all' is reserved for reports over all offices");
        }
        return new OfficeId(value);
    }

    /** Whether {@link #of(String)} would accept this id today; one stored long ago may not pass. */
    public boolean isWellFormed() {
        return value != null && value.length() <= MAX_LENGTH && SLUG_PATTERN.matcher(value).matches()
                && !value.equals(RESERVED);
    }

    @Override
    public String toString() {
        return value;
    }
}
