package org.sportello.platform.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;

/**
 * The claims Sportello relies on, checked before a token is believed. Every event records the
 * caller's {@code sub}, so it must be there and short enough for the event metadata and audit
 * columns; a token that never expires is a credential for ever; and {@code roles} must be a JSON
 * array of names (and {@code offices} an array of office ids), because a converter would happily read {@code "ADMIN"} or {@code 5} as a list.
 */
public final class SportelloClaimsValidator implements OAuth2TokenValidator<Jwt> {

    public static final String ROLES = "roles";
    /** The office ids an operator or partner desk works at; scheduling scopes what they see by it. */
    public static final String OFFICES = "offices";
    /** The provider a {@code PROVIDER} account answers for; referral shows it only that provider's referrals. */
    public static final String PROVIDER_ID = "providerId";
    /** Room enough for a UUID or an OIDC subject; the audit columns are sized for it. */
    public static final int MAX_SUBJECT_LENGTH = 64;

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        List<OAuth2Error> errors = new ArrayList<>();
        Instant expiresAt = token.getExpiresAt();
        if (expiresAt == null) {
            errors.add(new ClaimError(JwtClaimNames.EXP, "is required: a token must expire"));
        }
        String subject = token.getSubject();
        if (subject == null || subject.isBlank()) {
            errors.add(new ClaimError(JwtClaimNames.SUB, "is required: it names the operator"));
        } else if (subject.length() > MAX_SUBJECT_LENGTH) {
            errors.add(new ClaimError(JwtClaimNames.SUB, "must be at most " + MAX_SUBJECT_LENGTH + " characters"));
        } else if (subject.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            // The sub is written into events and audit logs as the operator id: no control characters.
            errors.add(new ClaimError(JwtClaimNames.SUB, "must not contain control characters"));
        }
        Object roles = token.getClaims().get(ROLES);
        if (roles != null && !(roles instanceof List<?> list && list.stream().allMatch(String.class::isInstance))) {
            errors.add(new ClaimError(ROLES, "must be an array of role names"));
        }
        Object offices = token.getClaims().get(OFFICES);
        if (offices != null && !(offices instanceof List<?> list && list.stream().allMatch(String.class::isInstance))) {
            errors.add(new ClaimError(OFFICES, "must be an array of office ids"));
        }
        Object providerId = token.getClaims().get(PROVIDER_ID);
        if (providerId != null && !(providerId instanceof String id && !id.isBlank() && id.length() <= MAX_SUBJECT_LENGTH)) {
            errors.add(new ClaimError(PROVIDER_ID, "must be a provider id of at most " + MAX_SUBJECT_LENGTH + " characters"));
        }
        return errors.isEmpty() ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult.failure(errors);
    }

    /** An {@code invalid_token} error that remembers which claim was wrong, for the 401 problem. */
    static final class ClaimError extends OAuth2Error {

        private final String claim;
        private final String reason;

        ClaimError(String claim, String reason) {
            super(OAuth2ErrorCodes.INVALID_TOKEN, "claim " + claim + " " + reason, null);
            this.claim = claim;
            this.reason = reason;
        }

        String claim() {
            return claim;
        }

        String reason() {
            return reason;
        }
    }
}
