package org.sportello.reporting;

import org.sportello.platform.security.EndpointAuthorization;
import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReportingConfiguration {

    /** Reports are anonymised aggregates: researchers read them, administrators may check them. */
    @Bean
    EndpointAuthorization researchersAndAdmins() {
        return requests -> requests.requestMatchers("/api/reports/**").hasAnyRole("RESEARCHER", "ADMIN");
    }

    /**
     * Research tables are anonymised too; only administrators change a coding scheme (it changes
     * every figure) and read the log of who asked for what.
     */
    @Bean
    EndpointAuthorization research() {
        return requests -> requests
                .requestMatchers(HttpMethod.PUT, "/api/research/coding-schemes/**").hasRole("ADMIN")
                .requestMatchers("/api/research/**").hasAnyRole("RESEARCHER", "ADMIN")
                .requestMatchers("/api/admin/**").hasRole("ADMIN");
    }
}
