package org.sportello.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class TimeAutoConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TimeAutoConfiguration.class));

    @Test
    void everyServiceGetsAUtcClock() {
        context.run(run -> assertThat(run.getBean(Clock.class).getZone()).isEqualTo(ZoneOffset.UTC));
    }

    @Test
    void aClockOfTheServiceOrTestReplacesIt() {
        Clock fixed = Clock.fixed(Instant.parse("2025-03-12T09:00:00Z"), ZoneOffset.UTC);
        context.withBean(Clock.class, () -> fixed)
                .run(run -> assertThat(run.getBean(Clock.class)).isSameAs(fixed));
    }
}
