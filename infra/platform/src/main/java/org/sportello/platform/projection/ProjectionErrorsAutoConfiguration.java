package org.sportello.platform.projection;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * A failing event handler propagates, in every processing group. Axon's default logs the failure
 * and goes on with the next event, which leaves a read model silently without that event. With
 * this, a subscribing projection's failure fails the command that caused it (same transaction),
 * and a streaming processor's failure fails its batch, which the processor retries.
 *
 * <p>A processing group that should skip failures must say so with an error handler of its own
 * ({@code registerListenerInvocationErrorHandler(group, ...)} wins over this default).
 */
@AutoConfiguration
@ConditionalOnClass(ConfigurerModule.class)
public class ProjectionErrorsAutoConfiguration {

    @Bean
    ConfigurerModule handlerFailuresPropagate() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(config -> PropagatingErrorHandler.instance());
    }
}
