package org.sportello.reporting;

import java.time.Year;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A year no other test uses. Every test context reads the whole shared topic, and the {@code all}
 * rows of a month count every office; a year of its own keeps a test's {@code all} rows its own.
 * The start is random so that runs against a long-lived broker do not meet the last run's events.
 */
public final class TestMonths {

    private static final AtomicInteger NEXT = new AtomicInteger(3000 + ThreadLocalRandom.current().nextInt(6000));

    private TestMonths() {
    }

    public static Year unusedYear() {
        return Year.of(NEXT.getAndIncrement());
    }
}
