package org.sportello.scheduling;

import org.sportello.platform.readmodel.ReadModel;
import org.sportello.platform.readmodel.SubscribingProjections;
import org.sportello.platform.security.EndpointAuthorization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration {

    /**
     * The registers that staff and citizens read, rebuilt from the event store by an administrator
     * ({@code POST /api/admin/read-models/scheduling-projections/rebuild}). Not the claimed ids
     * ({@code registry_id}), which keep ids unique and tell commands what exists, nor the claims of
     * operators' booked time ({@code operator_booking}), which keep anyone from being booked twice.
     */
    @Bean
    ReadModel schedulingProjections(SubscribingProjections projections) {
        return projections.readModel(SchedulingProjections.GROUP,
                "district", "municipality", "office", "opening_hours", "opening_slot", "closure",
                "operator", "operator_role", "operator_office", "operator_weekly", "operator_absence",
                "appointment_request", "appointment");
    }

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
