package org.sportello.platform.security;

import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.sportello.platform.problem.ProblemResponses;
import org.sportello.platform.problem.Problems;

import tools.jackson.databind.json.JsonMapper;

/**
 * Every endpoint but health, Prometheus and the OpenAPI document needs a bearer JWT. Roles come
 * from the token's {@code roles} claim and the operator id from {@code sub}.
 *
 * <p>Production points {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} at the
 * municipality's OIDC issuer; local runs and tests verify HS256 tokens signed with the secret in
 * {@code SPORTELLO_JWT_SECRET} (bound as {@code sportello.jwt.secret}).
 */
@AutoConfiguration(before = OAuth2ResourceServerAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class SecurityAutoConfiguration {

    static final int MINIMUM_SECRET_BYTES = 32;

    @Bean
    @ConditionalOnMissingBean(JwtDecoder.class)
    @ConditionalOnExpression("'${spring.security.oauth2.resourceserver.jwt.issuer-uri:}'.isEmpty()")
    JwtDecoder sharedSecretJwtDecoder(Environment environment, SportelloClaimsValidator claims) {
        String secret = environment.getProperty("sportello.jwt.secret", "");
        if (secret.getBytes(StandardCharsets.UTF_8).length < MINIMUM_SECRET_BYTES) {
            throw new InvalidJwtConfiguration("Set SPORTELLO_JWT_SECRET to a secret of at least "
                    + MINIMUM_SECRET_BYTES + " bytes, or spring.security.oauth2.resourceserver.jwt.issuer-uri "
                    + "to your OIDC issuer.");
        }
        SecretKeySpec key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(claims));
        return decoder;
    }

    /**
     * A bean, so that Spring Boot's issuer-uri decoder (production) applies it too: Boot adds every
     * {@code OAuth2TokenValidator<Jwt>} bean to the decoder it builds.
     */
    @Bean
    SportelloClaimsValidator sportelloClaimsValidator() {
        return new SportelloClaimsValidator();
    }

    /**
     * Spring Security's firewall refuses odd paths (a {@code ;}, {@code //}, an encoded
     * {@code %25}) with a bare 400 by default; as a problem, like every other refusal.
     */
    @Bean
    @ConditionalOnMissingBean(RequestRejectedHandler.class)
    RequestRejectedHandler problemRequestRejectedHandler(JsonMapper json) {
        ProblemResponses problems = new ProblemResponses(json);
        return (request, response, rejected) -> problems.write(response, Problems.ofField(HttpStatus.BAD_REQUEST,
                Problems.MALFORMED_REQUEST, "Malformed request",
                new Problems.FieldError("path", "is not allowed: it contains a sequence the firewall refuses")));
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain sportelloSecurityFilterChain(HttpSecurity http, ObjectProvider<EndpointAuthorization> endpoints,
                                                     JsonMapper json) throws Exception {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers(json);
        http.csrf(csrf -> csrf.disable())
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .authorizeHttpRequests(requests -> {
                requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                        "/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**", "/error").permitAll();
                // Every service's administration (dead letters, read-model rebuilds) is for ADMIN only.
                requests.requestMatchers("/api/admin/**").hasRole("ADMIN");
                endpoints.orderedStream().forEach(endpoint -> endpoint.authorize(requests));
                requests.anyRequest().authenticated();
            })
            .oauth2ResourceServer(server -> server
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesFromClaim()))
                    .authenticationEntryPoint(problems.unauthenticated())
                    .accessDeniedHandler(problems.forbidden()))
            .exceptionHandling(handling -> handling
                    .authenticationEntryPoint(problems.unauthenticated())
                    .accessDeniedHandler(problems.forbidden()));
        return http.build();
    }

    /** Maps {@code "roles": ["OPERATOR"]} to the authority {@code ROLE_OPERATOR}. */
    static JwtAuthenticationConverter rolesFromClaim() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> {
            List<String> roles = jwt.getClaimAsStringList("roles");
            return roles == null ? List.of() : roles.stream()
                    .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
                    .toList();
        });
        return converter;
    }
}
