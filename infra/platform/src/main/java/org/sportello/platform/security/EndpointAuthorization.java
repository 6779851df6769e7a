package org.sportello.platform.security;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * Each service says which role may call which of its endpoints; the platform adds the rest
 * (health and the OpenAPI document are open, everything else needs a valid token).
 */
@FunctionalInterface
public interface EndpointAuthorization {

    void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);
}
