package org.sportello.scheduling.office;

import java.util.regex.Pattern;

/**
 * A municipality by its lowercase slug ({@code monza}). The constructor takes
 * any value, as stored events hold it; new ids come through {@link #of(String)}.
 */
public record MunicipalityId(String value) {

    private static final Pattern SLUG_PATTERN = Pattern.compile(OfficeId.SLUG);

    /** A municipality id as a request names it in {@code field}: refused unless it is a slug. */
    public static MunicipalityId of(String field, String value) {
        if (value == null || value.length() > OfficeId.MAX_LENGTH || !SLUG_PATTERN.matcher(value).matches()
                || value.equals("all")) {
            throw new InvalidSlug(field, value);
        }
        return new MunicipalityId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
