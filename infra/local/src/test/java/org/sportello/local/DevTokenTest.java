package org.sportello.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

class DevTokenTest {

    private static final String SECRET = "a-test-secret-that-is-long-enough-for-hs256";
    private static final Instant ISSUED_AT = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void aTokenIsThreeBase64UrlPartsSignedWithHs256() throws Exception {
        String token = DevToken.mint(SECRET, "operator-7", List.of("OPERATOR", "ADMIN"), Duration.ofHours(1), ISSUED_AT);

        String[] parts = token.split("\\.", -1);
        assertThat(parts).hasSize(3);
        assertThat(parts).allSatisfy(part -> assertThat(part).matches("[A-Za-z0-9_-]+"));
        assertThat(decode(parts[0])).contains("\"alg\":\"HS256\"");

        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] expected = mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(Base64.getUrlDecoder().decode(parts[2])).isEqualTo(expected);
    }

    @Test
    void theClaimsNameSubjectRolesIssuerAndLifetime() {
        String token = DevToken.mint(SECRET, "operator-7", List.of("OPERATOR", "ADMIN"), Duration.ofHours(1), ISSUED_AT);

        String claims = decode(token.split("\\.")[1]);
        long iat = ISSUED_AT.getEpochSecond();
        assertThat(claims)
                .contains("\"sub\":\"operator-7\"")
                .contains("\"roles\":[\"OPERATOR\",\"ADMIN\"]")
                .contains("\"iss\":\"sportello-local\"")
                .contains("\"iat\":" + iat)
                .contains("\"exp\":" + (iat + 3600));
    }

    @Test
    void theOfficesAnOperatorWorksAtBecomeTheOfficesClaim() {
        String token = DevToken.mint(SECRET, "operator-7", List.of("OPERATOR"), List.of("massa", "monza-centro"),
                Duration.ofHours(1), ISSUED_AT);

        assertThat(decode(token.split("\\.")[1])).contains("\"offices\":[\"massa\",\"monza-centro\"]");
    }

    @Test
    void aTokenForNoOfficeHasNoOfficesClaim() {
        String token = DevToken.mint(SECRET, "admin-1", List.of("ADMIN"), Duration.ofHours(1), ISSUED_AT);

        assertThat(decode(token.split("\\.")[1])).doesNotContain("offices");
    }

    @Test
    void theProviderAnAccountAnswersForBecomesTheProviderIdClaim() {
        String token = DevToken.mint(SECRET, "provider-user-1", List.of("PROVIDER"), List.of(), "sert-monza",
                Duration.ofHours(1), ISSUED_AT);

        assertThat(decode(token.split("\\.")[1])).contains("\"providerId\":\"sert-monza\"");
    }

    @Test
    void aTokenForNoProviderHasNoProviderIdClaim() {
        String token = DevToken.mint(SECRET, "operator-7", List.of("OPERATOR"), List.of("massa"), Duration.ofHours(1),
                ISSUED_AT);

        assertThat(decode(token.split("\\.")[1])).doesNotContain("providerId");
    }

    @Test
    void anOfficeThatIsNotASlugIsNeverMinted() {
        assertThatThrownBy(() -> DevToken.mint(SECRET, "operator-1", List.of("OPERATOR"), List.of("Monza Centro"),
                Duration.ofHours(1), ISSUED_AT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSecretShorterThan32BytesIsRejected() {
        assertThatThrownBy(() -> DevToken.mint("too-short", "operator-1", List.of("OPERATOR"), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSubjectTheServicesWouldRefuseIsNeverMinted() {
        assertThatThrownBy(() -> DevToken.mint(SECRET, "o".repeat(DevToken.MAX_SUBJECT_LENGTH + 1), List.of("OPERATOR"),
                Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 64");
    }

    @Test
    void theSourceFileRunsAloneAndPrintsAToken() throws Exception {
        Process process = runSourceFile(SECRET, "OPERATOR", "RESEARCHER", "--sub", "operator-9", "--ttl-minutes", "5");

        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(process.waitFor()).isZero();
        assertThat(decode(out.split("\\.")[1]))
                .contains("\"sub\":\"operator-9\"")
                .contains("\"roles\":[\"OPERATOR\",\"RESEARCHER\"]");
    }

    @Test
    void theSourceFileExitsWith2WhenNoSecretIsExported() throws Exception {
        Process process = runSourceFile(null, "OPERATOR");

        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).isEqualTo(2);
        assertThat(err).contains("SPORTELLO_JWT_SECRET");
    }

    private static Process runSourceFile(String secret, String... args) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path source = Path.of("src/main/java/org/sportello/local/DevToken.java");
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(), source.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove(DevToken.SECRET_VARIABLE);
        if (secret != null) {
            builder.environment().put(DevToken.SECRET_VARIABLE, secret);
        }
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("java " + source + " did not finish in 60 s");
        }
        return process;
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }
}
