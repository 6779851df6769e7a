package org.sportello.reporting.research.indicators;

import java.util.Arrays;

/** The unit a row of indicators is about: one office, a municipality's offices, or a district's. */
public enum GroupBy {
    OFFICE("office"), MUNICIPALITY("municipality"), DISTRICT("district");

    private final String code;

    GroupBy(String code) {
        this.code = code;
    }

    /** As the API writes it ({@code groupBy=office}). */
    public String code() {
        return code;
    }

    static GroupBy parse(String value) {
        return Arrays.stream(values()).filter(groupBy -> groupBy.code.equals(value)).findFirst()
                .orElseThrow(() -> new InvalidIndicatorFilter("groupBy", "must be office, municipality or district"));
    }
}
