package org.sportello.intake.citizen;

import org.sportello.platform.security.EndpointAuthorization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class ErasureConfiguration {

    /**
     * Erasure is an administrator's act on a request the municipality has filed, never front-desk
     * work. Ordered before intake's rule that gives operators {@code /api/**}: the first rule that
     * matches a request decides.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    EndpointAuthorization erasureByAdministrators() {
        return requests -> requests.requestMatchers(HttpMethod.POST, "/api/citizens/*/erasure").hasRole("ADMIN");
    }
}
