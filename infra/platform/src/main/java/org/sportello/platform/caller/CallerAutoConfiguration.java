package org.sportello.platform.caller;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Every event records who caused it: the command carries the caller ({@link CallerOnCommands}),
 * and Axon copies {@link Caller#ID} and {@link Caller#ROLE} from the message being handled into
 * every message it causes, events and further commands alike (correlation data; Axon's Spring Boot
 * support registers every {@link CorrelationDataProvider} bean).
 *
 * <p>Ordered before Axon's auto-configuration, whose own {@link MessageOriginProvider} backs off as
 * soon as any correlation data provider exists: it is declared here as well, so that correlation
 * and trace ids keep being recorded.
 */
@AutoConfiguration(before = AxonAutoConfiguration.class)
@ConditionalOnClass(CommandBus.class)
public class CallerAutoConfiguration {

    @Bean
    CorrelationDataProvider callerCorrelation() {
        return new SimpleCorrelationDataProvider(Caller.ID, Caller.ROLE);
    }

    @Bean
    @ConditionalOnMissingBean(MessageOriginProvider.class)
    MessageOriginProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    /**
     * On the bus rather than the gateway, so that a command sent straight to the bus is covered too
     * (Axon would register a dispatch-interceptor bean on the gateway only).
     */
    @Bean
    InitializingBean callerOnCommandsRegistration(ObjectProvider<CommandBus> commandBus) {
        return () -> commandBus.ifAvailable(bus -> bus.registerDispatchInterceptor(new CallerOnCommands()));
    }
}
