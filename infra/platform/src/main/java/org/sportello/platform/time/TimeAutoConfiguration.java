package org.sportello.platform.time;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The one source of "now" in every service: controllers read it and pass the time into commands,
 * so aggregates never read a clock (STYLE.md, 3). UTC, as every instant in storage. A test or a
 * service that declares a {@link Clock} of its own (a fixed one, say) replaces it.
 */
@AutoConfiguration
public class TimeAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(Clock.class)
    Clock clock() {
        return Clock.systemUTC();
    }
}
