package org.sportello.launcher.demo;

import java.time.Clock;
import java.time.YearMonth;

import org.sportello.launcher.LauncherFailure;

/** Which demo to record: a seed and a period of whole months, the last one possibly still running. */
public record DemoPlan(long seed, YearMonth firstMonth, YearMonth lastMonth) {

    /** The {@code months} months ending with {@code until}, or with the current month when it is null. */
    public static DemoPlan of(long seed, int months, YearMonth until, Clock clock) {
        YearMonth current = YearMonth.now(clock.withZone(OfficeCatalogue.ZONE));
        YearMonth last = until == null ? current : until;
        if (last.isAfter(current)) {
            throw new LauncherFailure("--until " + until + " is in the future: intake records only what has happened; "
                    + "choose " + current + " or earlier");
        }
        return new DemoPlan(seed, last.minusMonths(months - 1L), last);
    }

    /** Names the demo in the data directory's state, to notice a second run of the same one. */
    public String key() {
        return seed + "." + firstMonth + "." + lastMonth;
    }
}
