package org.sportello.platform.jobs;

import java.time.Duration;

/** Settings for tests: schedulers that poll every 50 ms, and requests that wait up to 10 s for a run. */
final class JobsTestSettings {

    private JobsTestSettings() {
    }

    static JobsProperties fast() {
        return withRunWait(Duration.ofSeconds(10));
    }

    static JobsProperties withRunWait(Duration runWait) {
        return new JobsProperties(true, Duration.ofMillis(50), 2, runWait, Duration.ofSeconds(5));
    }
}
