package org.sportello.reporting.research;

import java.util.regex.Pattern;

/**
 * Office ids as the contracts write them: a lowercase slug such as {@code monza-san-rocco}, at
 * most {@value #MAX_LENGTH} characters. Reports use the reserved slug {@value #ALL} for all
 * offices together; intake never gives an office that id.
 */
public final class OfficeSlug {

    public static final String ALL = "all";
    public static final int MAX_LENGTH = 64;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private OfficeSlug() {
    }

    public static boolean isValid(String officeId) {
        return officeId != null && officeId.length() <= MAX_LENGTH && SLUG.matcher(officeId).matches();
    }

    /** The {@code officeId} filter of a report: absent, or a slug ({@value #ALL} included). */
    public static String requireFilter(String officeId) {
        if (officeId != null && !isValid(officeId)) {
            throw new InvalidOfficeId();
        }
        return officeId;
    }

    /**
     * The {@code officeId} filter of a report that has rows of offices only, no {@value #ALL} row:
     * absent, or an office's slug.
     */
    public static String requireOfficeFilter(String officeId) {
        if (officeId != null && (!isValid(officeId) || ALL.equals(officeId))) {
            throw new InvalidOfficeId("must be an office's lowercase slug such as monza-san-rocco (at most "
                    + MAX_LENGTH + " characters); this report has no all row");
        }
        return officeId;
    }
}
