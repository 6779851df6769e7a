package org.sportello.intake;

import org.sportello.platform.readmodel.ReadModel;
import org.sportello.platform.readmodel.SubscribingProjections;
import org.sportello.platform.security.EndpointAuthorization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

    static final String PROJECTIONS = "intake-projections";

    /**
     * The registers operators read: rebuilt from the event store by an administrator
     * ({@code POST /api/admin/read-models/intake-projections/rebuild}). Not the command-side claims
     * (fiscal codes, open cases, appointments' contacts), which enforce rules across aggregates, nor
     * the log of personal-data reads, which is an audit record: emptying those would lose facts that
     * no event holds. What intake knows of scheduling ({@code known-offices}, {@code known-appointments})
     * are read models of their own, rebuilt from scheduling's topic.
     */
    @Bean
    ReadModel intakeProjections(SubscribingProjections projections) {
        return projections.readModel(PROJECTIONS, "citizen", "case_file", "contact", "erasure");
    }

    @Bean
    EndpointAuthorization operatorsOnly() {
        // An ADMIN may assign a case to an operator. A partner desk records its orientations and
        // nothing else: it reads no citizen, case or contact, its own included (ContactController
        // scopes it to its desk). Everything else is front-desk work.
        return requests -> requests
                .requestMatchers(HttpMethod.POST, "/api/cases/*/take-in-charge").hasAnyRole("OPERATOR", "ADMIN")
                .requestMatchers(HttpMethod.POST, "/api/contacts").hasAnyRole("OPERATOR", "PARTNER_DESK")
                .requestMatchers("/api/**").hasRole("OPERATOR");
    }
}
