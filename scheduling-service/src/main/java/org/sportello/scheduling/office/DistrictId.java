package org.sportello.scheduling.office;

import java.util.regex.Pattern;

/**
 * A district (ambito / distretto) by its lowercase slug ({@code est-milano}). The constructor takes
 * any value, as stored events hold it; new ids come through {@link #of(String)}.
 */
public record DistrictId(String value) {

    private static final Pattern SLUG_PATTERN = Pattern.compile(OfficeId.SLUG);

    /** A district id as a request names it in {@code field}: refused unless it is a slug. */
    public static DistrictId of(String field, String value) {
        if (value == null || value.length() > OfficeId.MAX_LENGTH || !SLUG_PATTERN.matcher(value).matches()
                || value.equals("all")) {
            throw new InvalidSlug(field, value);
        }
        return new DistrictId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
