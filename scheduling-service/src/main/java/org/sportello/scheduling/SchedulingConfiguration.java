package org.sportello.scheduling;

import org.sportello.platform.security.EndpointAuthorization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration {

    @Bean
    EndpointAuthorization schedulingEndpoints() {
        return requests -> requests
                // Citizens look up offices and their hours before they come: no token.
                .requestMatchers(HttpMethod.GET, "/api/offices", "/api/offices/*", "/api/offices/*/open-hours").permitAll()
                // The office registry and staff are managed by administrators.
                .requestMatchers("/api/districts/**", "/api/municipalities/**", "/api/operators/**").hasRole("ADMIN")
                .requestMatchers(HttpMethod.POST, "/api/offices").hasRole("ADMIN")
                .requestMatchers("/api/offices/*/opening-hours", "/api/offices/*/closures").hasRole("ADMIN")
                // Appointments: operators at their own offices (see the offices claim), administrators anywhere.
                .requestMatchers("/api/**").hasAnyRole("OPERATOR", "ADMIN");
    }
}
