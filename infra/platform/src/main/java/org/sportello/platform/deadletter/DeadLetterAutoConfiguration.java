package org.sportello.platform.deadletter;

import org.axonframework.config.EventProcessingConfiguration;
import org.sportello.platform.axon.AxonPostgresAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Every Axon service shows its dead letters to administrators, and counts them. */
@AutoConfiguration(after = AxonPostgresAutoConfiguration.class)
@ConditionalOnClass(EventProcessingConfiguration.class)
@Import(DeadLetterAutoConfiguration.Web.class)
public class DeadLetterAutoConfiguration {

    @Bean
    DeadLetters deadLetters(EventProcessingConfiguration processing) {
        return new DeadLetters(processing);
    }

    @Bean
    DeadLetterCount deadLetterCount(DeadLetters deadLetters) {
        return new DeadLetterCount(deadLetters);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @Import(DeadLetterController.class)
    static class Web {
    }
}
