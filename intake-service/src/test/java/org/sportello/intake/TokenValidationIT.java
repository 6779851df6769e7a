package org.sportello.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.intake.IntakeRequests.anonymousContact;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.junit.jupiter.api.Test;
import org.sportello.intake.IntakeApi.Response;
import org.sportello.platform.problem.Problems;
import org.sportello.testing.TestInfrastructure;

import tools.jackson.databind.json.JsonMapper;

/**
 * Correctly signed tokens whose claims Sportello cannot rely on are refused (401, naming the claim)
 * before any request is handled, so nothing is recorded under a caller nobody can name.
 */
class TokenValidationIT extends RunningIntake {

    private static final String CONTACT = JsonMapper.builder().build().writeValueAsString(anonymousContact());

    @Test
    void wellFormedTokenRecordsTheContact() {
        Response response = api.postJson("/api/contacts", CONTACT, token(claims -> { }));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    @Test
    void tokenWithoutExpiryIsUnauthenticated() {
        assertRefusedNaming("exp", token(claims -> claims.expirationTime(null)));
    }

    @Test
    void tokenWithoutSubjectIsUnauthenticated() {
        assertRefusedNaming("sub", token(claims -> claims.subject(null)));
    }

    @Test
    void tokenWithASubjectOver64CharactersIsUnauthenticated() {
        assertRefusedNaming("sub", token(claims -> claims.subject("operator-" + "1".repeat(60))));
    }

    @Test
    void tokenWithRolesAsAStringIsUnauthenticated() {
        // A converter would read "OPERATOR" as the list [OPERATOR]; a token must say what it means.
        assertRefusedNaming("roles", token(claims -> claims.claim("roles", "OPERATOR")));
    }

    @Test
    void tokenWithRolesAsANumberIsUnauthenticated() {
        assertRefusedNaming("roles", token(claims -> claims.claim("roles", 7)));
    }

    private void assertRefusedNaming(String claim, String token) {
        long before = storedEvents();

        Response response = api.postJson("/api/contacts", CONTACT, token);

        assertProblem(response, 401, Problems.UNAUTHENTICATED, claim);
        assertThat(storedEvents()).as("events written with a refused token").isEqualTo(before);
    }

    /** An operator's token, signed like TestInfrastructure.token, with one thing changed. */
    private static String token(Consumer<JWTClaimsSet.Builder> spoil) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer("sportello-local")
                .subject(IntakeApi.OPERATOR_ID)
                .claim("roles", List.of("OPERATOR"))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(10))));
        spoil.accept(claims);
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
        try {
            jwt.sign(new MACSigner(TestInfrastructure.jwtSecret().getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a test token", e);
        }
        return jwt.serialize();
    }
}
