package org.sportello.intake;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.sportello.platform.security.EndpointAuthorization;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

    static final String PROJECTIONS = "intake-projections";

    /**
     * The projections run in the command's transaction and commands rely on them (open case,
     * fiscal codes): a failing projection must fail the command, not be logged and skipped.
     */
    @Bean
    ConfigurerModule projectionsFailTheCommand() {
        return configurer -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(PROJECTIONS, config -> PropagatingErrorHandler.instance());
    }

    @Bean
    EndpointAuthorization operatorsOnly() {
        // An ADMIN may assign a case to an operator; everything else is front-desk work.
        return requests -> requests
                .requestMatchers(HttpMethod.POST, "/api/cases/*/take-in-charge").hasAnyRole("OPERATOR", "ADMIN")
                .requestMatchers("/api/**").hasRole("OPERATOR");
    }
}
