package org.sportello.reporting.research;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * Reports count by calendar month in the offices' zone, not in UTC: a contact at 23:30 UTC on
 * 31 January happened at 00:30 on 1 February in Monza, and counts in February (DESIGN.md, Time).
 */
public final class ReportingMonth {

    public static final ZoneId ZONE = ZoneId.of("Europe/Rome");

    private ReportingMonth() {
    }

    public static YearMonth of(Instant instant) {
        return YearMonth.from(instant.atZone(ZONE));
    }
}
