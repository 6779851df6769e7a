package org.sportello.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.intake.citizen.CitizenFixture.aNewPerson;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sportello.intake.IntakeApi.Response;
import org.sportello.local.DevToken;

import tools.jackson.databind.json.JsonMapper;

class SecurityIT extends RunningIntake {

    @Test
    void requestWithoutTokenIsUnauthenticated() {
        Response response = api.get("/api/cases/" + UUID.randomUUID(), null);

        assertProblem(response, 401, "unauthenticated");
    }

    @Test
    void registrationWithoutTokenIsUnauthenticatedAndWritesNothing() {
        long before = storedEvents();

        Response response = api.postJson("/api/citizens",
                JsonMapper.builder().build().writeValueAsString(aNewPerson().registrationRequest()), null);

        assertProblem(response, 401, "unauthenticated");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void tokenSignedWithAnotherSecretIsUnauthenticated() {
        String forged = DevToken.mint("another-secret-of-at-least-thirty-two-bytes", "operator-1",
                List.of("OPERATOR"), Duration.ofMinutes(5));

        assertProblem(api.get("/api/cases/" + UUID.randomUUID(), forged), 401, "unauthenticated");
    }

    @Test
    void researcherIsForbiddenTheOperatorsApi() {
        assertProblem(api.get("/api/cases/" + UUID.randomUUID(), IntakeApi.RESEARCHER), 403, "forbidden");
    }

    @Test
    void healthIsOpen() {
        Response response = api.get("/actuator/health", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("status").asString()).isEqualTo("UP");
    }

    @Test
    void openApiDocumentIsOpen() {
        Response response = api.get("/v3/api-docs", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("paths").has("/api/contacts")).isTrue();
    }
}
