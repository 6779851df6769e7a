package org.sportello.referral.known;

import java.util.regex.Pattern;

/**
 * The shape of the ids chosen by administrators (districts, municipalities, offices, providers):
 * lowercase slugs such as {@code est-milano}, at most {@value #MAX_LENGTH} characters, as scheduling
 * accepts them. Requests state it with {@code @Pattern(regexp = Slug.PATTERN)}; projections of other
 * services' topics refuse an id of another shape, which no request here could name.
 */
public final class Slug {

    public static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final int MAX_LENGTH = 64;
    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private Slug() {
    }

    public static boolean isSlug(String value) {
        return value != null && value.length() <= MAX_LENGTH && COMPILED.matcher(value).matches();
    }
}
