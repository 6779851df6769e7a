package org.sportello.reporting;

import org.sportello.platform.security.EndpointAuthorization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReportingConfiguration {

    /** Reports are anonymised aggregates: researchers read them, administrators may check them. */
    @Bean
    EndpointAuthorization researchersAndAdmins() {
        return requests -> requests.requestMatchers("/api/reports/**").hasAnyRole("RESEARCHER", "ADMIN");
    }
}
