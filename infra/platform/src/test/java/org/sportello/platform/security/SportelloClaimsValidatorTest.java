package org.sportello.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

class SportelloClaimsValidatorTest {

    private static final Instant NOW = Instant.parse("2026-01-15T09:00:00Z");

    private final SportelloClaimsValidator validator = new SportelloClaimsValidator();

    @Test
    void operatorTokenIsValid() {
        assertThat(validate(token -> { }).hasErrors()).isFalse();
    }

    @Test
    void tokenWithoutRolesIsValidAndGrantsNothing() {
        assertThat(validate(token -> token.claims(claims -> claims.remove("roles"))).hasErrors()).isFalse();
    }

    @Test
    void tokenWithoutExpiryIsRefused() {
        assertRefusedFor("exp", token -> token.claims(claims -> claims.remove("exp")));
    }

    @Test
    void tokenWithoutSubjectIsRefused() {
        assertRefusedFor("sub", token -> token.claims(claims -> claims.remove("sub")));
    }

    @Test
    void blankSubjectIsRefused() {
        assertRefusedFor("sub", token -> token.subject(" "));
    }

    @Test
    void subjectOver64CharactersIsRefused() {
        assertRefusedFor("sub", token -> token.subject("o".repeat(65)));
    }

    @Test
    void subjectWithAControlCharacterIsRefused() {
        assertRefusedFor("sub", token -> token.subject("operator-1\nADMIN"));
    }

    @Test
    void subjectOf64CharactersIsValid() {
        assertThat(validate(token -> token.subject("o".repeat(64))).hasErrors()).isFalse();
    }

    @Test
    void rolesAsAStringAreRefused() {
        assertRefusedFor("roles", token -> token.claim("roles", "ADMIN"));
    }

    @Test
    void rolesAsANumberAreRefused() {
        assertRefusedFor("roles", token -> token.claim("roles", 5));
    }

    @Test
    void rolesThatAreNotNamesAreRefused() {
        assertRefusedFor("roles", token -> token.claim("roles", List.of("OPERATOR", 5)));
    }

    @Test
    void aProviderIdAsAStringIsValid() {
        assertThat(validate(token -> token.claim("providerId", "sert-monza")).hasErrors()).isFalse();
    }

    @Test
    void aProviderIdThatIsNotAStringIsRefused() {
        assertRefusedFor("providerId", token -> token.claim("providerId", List.of("sert-monza")));
    }

    @Test
    void aBlankProviderIdIsRefused() {
        assertRefusedFor("providerId", token -> token.claim("providerId", " "));
    }

    private void assertRefusedFor(String claim, Consumer<Jwt.Builder> spoil) {
        OAuth2TokenValidatorResult result = validate(spoil);
        assertThat(result.getErrors()).singleElement()
                .isInstanceOfSatisfying(SportelloClaimsValidator.ClaimError.class,
                        error -> assertThat(error.claim()).isEqualTo(claim));
    }

    private OAuth2TokenValidatorResult validate(Consumer<Jwt.Builder> spoil) {
        Jwt.Builder token = Jwt.withTokenValue("token").header("alg", "HS256")
                .subject("operator-1").claim("roles", List.of("OPERATOR"))
                .issuedAt(NOW).expiresAt(NOW.plusSeconds(3600));
        spoil.accept(token);
        return validator.validate(token.build());
    }
}
