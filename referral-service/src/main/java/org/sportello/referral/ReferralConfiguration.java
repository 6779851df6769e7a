package org.sportello.referral;

import org.sportello.platform.readmodel.ReadModel;
import org.sportello.platform.readmodel.SubscribingProjections;
import org.sportello.platform.security.EndpointAuthorization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call what, by role; the finer scope (an operator's own offices, a provider's own
 * referrals, a partner desk's own desk) is the controllers'. The platform has already given
 * {@code /api/admin/**} to administrators.
 */
@Configuration(proxyBeanMethods = false)
class ReferralConfiguration {

    private static final String ADMIN = "ADMIN";
    private static final String OPERATOR = "OPERATOR";
    private static final String PROVIDER = "PROVIDER";
    private static final String PARTNER_DESK = "PARTNER_DESK";

    /**
     * The registers staff, desks and providers read, rebuilt from the event store by an administrator
     * ({@code POST /api/admin/read-models/referral-projections/rebuild}). Not the command-side claims
     * ({@code provider_id_claim}, {@code desk_contact_claim}), which keep ids unique and contacts referred once, nor what referral knows of other services
     * ({@code known_*}), read models of their own rebuilt from those services' topics.
     */
    @Bean
    ReadModel referralProjections(SubscribingProjections projections) {
        return projections.readModel(ReferralProjections.GROUP, "provider", "provider_municipality", "referral",
                "desk_referral");
    }

    @Bean
    EndpointAuthorization referralEndpoints() {
        return requests -> requests
                // The registry: administrators keep it, anyone signed in reads it (staff and partner
                // desks orient people with it; providers see who else serves the district).
                .requestMatchers(HttpMethod.POST, "/api/providers").hasRole(ADMIN)
                .requestMatchers(HttpMethod.GET, "/api/providers", "/api/providers/*").authenticated()
                .requestMatchers(HttpMethod.GET, "/api/providers/*/referrals").hasAnyRole(PROVIDER, OPERATOR, ADMIN)
                // Referrals: sent, withdrawn and stopped by the office; answered by the provider
                // itself or recorded by an operator (phone, e-mail). Partner desks never see one.
                .requestMatchers(HttpMethod.POST, "/api/referrals").hasRole(OPERATOR)
                .requestMatchers(HttpMethod.POST, "/api/referrals/*/accept", "/api/referrals/*/reject",
                        "/api/referrals/*/complete").hasAnyRole(OPERATOR, PROVIDER)
                .requestMatchers(HttpMethod.POST, "/api/referrals/*/withdraw",
                        "/api/referrals/*/consent-withdrawn").hasRole(OPERATOR)
                .requestMatchers(HttpMethod.GET, "/api/referrals/*").hasAnyRole(OPERATOR, PROVIDER, ADMIN)
                .requestMatchers(HttpMethod.GET, "/api/offices/*/referrals").hasAnyRole(OPERATOR, ADMIN)
                // Partner desks send people on to the secretariat and see only their referrals' status.
                .requestMatchers(HttpMethod.POST, "/api/desk-referrals").hasRole(PARTNER_DESK)
                .requestMatchers(HttpMethod.POST, "/api/desk-referrals/*/acknowledge").hasRole(OPERATOR)
                .requestMatchers(HttpMethod.GET, "/api/desk-referrals/*").hasAnyRole(PARTNER_DESK, OPERATOR, ADMIN)
                .requestMatchers(HttpMethod.GET, "/api/offices/*/incoming-desk-referrals").hasAnyRole(OPERATOR, ADMIN)
                .requestMatchers("/api/**").hasRole(ADMIN);
    }
}
