package org.sportello.platform.caller;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.sportello.platform.security.SportelloClaimsValidator;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The caller of the current request, from its verified token: {@code sub} as id and, of the
 * token's roles, the one that weighs most (a token with ADMIN and OPERATOR acts as ADMIN).
 */
public final class CurrentCaller {

    /** Most powerful first: the role an event records when a token carries several. */
    static final List<String> PRECEDENCE = List.of("ADMIN", "AUDITOR", "OPERATOR", "PARTNER_DESK", "PROVIDER",
            "RESEARCHER");
    private static final String PREFIX = "ROLE_";

    private CurrentCaller() {
    }

    /** The authenticated caller, or empty outside a request (startup, processors, tests of aggregates). */
    public static Optional<Caller> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null) {
            return Optional.empty();
        }
        Set<String> roles = roles(authentication);
        String role = PRECEDENCE.stream().filter(roles::contains).findFirst()
                .orElse(roles.stream().sorted().findFirst().orElse(null));
        return Optional.of(new Caller(authentication.getName(), role));
    }

    /** The caller's operator id (the token's {@code sub}), or null outside a request. */
    public static String id() {
        return get().map(Caller::id).orElse(null);
    }

    /**
     * The office ids the caller's token names in its {@code offices} claim (those an operator or a
     * partner desk works at); empty when it names none, or outside a request.
     */
    public static Set<String> offices() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken jwt) {
            List<String> offices = jwt.getToken().getClaimAsStringList(SportelloClaimsValidator.OFFICES);
            return offices == null ? Set.of() : Set.copyOf(offices);
        }
        return Set.of();
    }

    /**
     * The provider the caller's token is bound to by its {@code providerId} claim (a {@code PROVIDER}
     * account answers for one provider only); empty when it names none, or outside a request.
     */
    public static Optional<String> providerId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken jwt) {
            return Optional.ofNullable(jwt.getToken().getClaimAsString(SportelloClaimsValidator.PROVIDER_ID));
        }
        return Optional.empty();
    }

    /** Whether the caller's token grants {@code role} (without the ROLE_ prefix). */
    public static boolean hasRole(String role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && roles(authentication).contains(role);
    }

    private static Set<String> roles(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(PREFIX))
                .map(authority -> authority.substring(PREFIX.length()))
                .collect(Collectors.toSet());
    }
}
