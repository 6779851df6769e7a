package org.sportello.reporting.research.indicators;

import java.util.List;

import org.sportello.reporting.research.OfficeSlug;

/** The codes the filters take, as intake's contract writes them (a test holds them equal to it). */
final class Codes {

    static final List<String> CHANNELS = List.of("WALK_IN", "PHONE", "EMAIL", "APPOINTMENT", "PARTNER_DESK");
    static final List<String> USER_AREAS = List.of("FAMILY_AND_MINORS", "DISABILITY", "ADDICTIONS", "ELDERLY",
            "IMMIGRANTS", "POVERTY_AND_ADULT_HARDSHIP", "MULTI_AREA");

    private Codes() {
    }

    static String channel(String channel) {
        if (channel != null && !CHANNELS.contains(channel)) {
            throw new InvalidIndicatorFilter("channel", "must be one of " + String.join(", ", CHANNELS));
        }
        return channel;
    }

    static String userArea(String userArea) {
        if (userArea != null && !USER_AREAS.contains(userArea)) {
            throw new InvalidIndicatorFilter("userArea", "must be one of " + String.join(", ", USER_AREAS));
        }
        return userArea;
    }

    /** An id filter as given: absent, or a lowercase slug such as {@code example}. */
    static String slug(String field, String value, String example) {
        if (value != null && (!OfficeSlug.isValid(value) || OfficeSlug.ALL.equals(value))) {
            throw new InvalidIndicatorFilter(field, "must be a lowercase slug such as " + example + " (at most "
                    + OfficeSlug.MAX_LENGTH + " characters)");
        }
        return value;
    }
}
