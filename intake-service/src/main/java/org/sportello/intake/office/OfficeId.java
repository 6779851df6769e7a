package org.sportello.intake.office;

import java.util.regex.Pattern;

/**
 * An office, by its lowercase slug ({@code monza-san-rocco}) until the office registry of the
 * scheduling service exists. {@code all} is reserved: reports use it for all offices together.
 */
public record OfficeId(String value) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final int MAX_LENGTH = 64;

    public OfficeId {
        if (value == null || value.length() > MAX_LENGTH || !SLUG.matcher(value).matches()) {
            throw new InvalidOfficeId("must be a lowercase slug such as monza-san-rocco (letters, digits, "
                    + "single hyphens, at most " + MAX_LENGTH + " characters)");
        }
        if (value.equals("all")) {
            throw new InvalidOfficeId("'all' is reserved for reports over all offices");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
