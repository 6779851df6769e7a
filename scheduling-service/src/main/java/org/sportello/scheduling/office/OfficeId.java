package org.sportello.scheduling.office;

import java.util.regex.Pattern;

/**
 * An office by its lowercase slug ({@code monza-san-rocco}), the id every service uses. {@code all}
 * is reserved: reports use it for all offices together.
 *
 * <p>The constructor takes any value, because stored events hold ids of whatever shape was accepted
 * when they were recorded (STYLE.md 11); new ids come through {@link #of(String)}.
 */
public record OfficeId(String value) {

    /** The shape a new id must have; also the requests' {@code @Pattern}. */
    public static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final int MAX_LENGTH = 64;
    private static final Pattern SLUG_PATTERN = Pattern.compile(SLUG);

    /** An office id as a request names it: refused unless it is a slug. */
    public static OfficeId of(String value) {
        if (value == null || value.length() > MAX_LENGTH || !SLUG_PATTERN.matcher(value).matches()
                || value.equals("all")) {
            throw new InvalidSlug("officeId", value);
        }
        return new OfficeId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
