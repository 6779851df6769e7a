package org.sportello.launcher.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.sportello.launcher.LauncherFailure;

/** Which demo to record: a seed and a period of whole months, the last one possibly still running. */
public record DemoPlan(long seed, YearMonth firstMonth, YearMonth lastMonth) {

    /** The {@code months} months ending with {@code until}, or with the current month when it is null. */
    public static DemoPlan of(long seed, int months, YearMonth until, Clock clock) {
        YearMonth current = YearMonth.now(clock.withZone(DemoOffice.ZONE));
        YearMonth last = until == null ? current : until;
        if (last.isAfter(current)) {
            throw new LauncherFailure("--until " + until + " is in the future: intake records only what has happened; "
                    + "choose " + current + " or earlier");
        }
        return new DemoPlan(seed, last.minusMonths(months - 1L), last);
    }

    /** The first day the offices' hours and closures are needed from: the scenario's warm-up months too. */
    public LocalDate hoursFrom() {
        return DemoScenario.warmUpStart(firstMonth).atDay(1);
    }

    /**
     * The last day hours are read back for: well past the period, since a story drawn in it may place its
     * later steps there (they are cut at the period's end), and a month must be drawn alike whatever
     * period it is in.
     */
    public LocalDate hoursUntil() {
        return lastMonth.plusMonths(18).atEndOfMonth();
    }

    /**
     * When Massa's hours go from 6 to 21 a week (and Corsico adds appointment hours): in the middle of
     * the period, so that the demo shows both sets of hours and the waits before and after.
     */
    public LocalDate moreHoursFrom() {
        long months = firstMonth.until(lastMonth, java.time.temporal.ChronoUnit.MONTHS) + 1;
        return months == 1 ? firstMonth.atDay(16) : firstMonth.plusMonths(months / 2).atDay(1);
    }

    /** How far back scheduling accepts a request recorded after the fact, unless told otherwise. */
    public static final Duration SCHEDULING_BACKDATING_LIMIT = Duration.ofDays(400);
    /** The variable that sets it ({@code sportello.scheduling.backdating-limit}). */
    public static final String BACKDATING_LIMIT_VARIABLE = "SPORTELLO_SCHEDULING_BACKDATING_LIMIT";
    /**
     * Referral's ({@code sportello.referral.backdating-limit}, default P400D too): the demo's referrals are
     * sent at their interviews' times, so referral must accept them as far back as scheduling.
     */
    public static final String REFERRAL_BACKDATING_LIMIT_VARIABLE = "SPORTELLO_REFERRAL_BACKDATING_LIMIT";

    /**
     * How far back scheduling must accept requests for this demo's appointments (they are recorded after
     * the fact, from the period's first day), at least its default: a longer {@code --months} needs more.
     */
    public Duration backdatingLimit(Clock clock) {
        Instant start = firstMonth.atDay(1).atStartOfDay(DemoOffice.ZONE).toInstant();
        Duration needed = Duration.ofDays(Duration.between(start, clock.instant()).toDays() + 2);
        return needed.compareTo(SCHEDULING_BACKDATING_LIMIT) > 0 ? needed : SCHEDULING_BACKDATING_LIMIT;
    }

    /** The seed municipalities' structure for this period. */
    public Seed seedStructure() {
        // Closures as far as hours are read: appointments requested at its end may be proposed months ahead.
        return Seed.of(hoursFrom(), moreHoursFrom(), hoursUntil());
    }

    /** Names the demo in the data directory's state, to notice a second run of the same one. */
    public String key() {
        return seed + "." + firstMonth + "." + lastMonth;
    }
}
