package org.sportello.reporting.research.codingschemes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.sportello.contracts.intake.v1.ContactOutcome.DOCUMENTS_REQUESTED;
import static org.sportello.contracts.intake.v1.ContactOutcome.INFORMATION_GIVEN;
import static org.sportello.testing.ProblemAssertions.assertProblem;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sportello.reporting.research.facts.ResearchEvents;
import org.sportello.reporting.research.facts.ResearchTopics;
import org.sportello.testing.SportelloServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The coding-scheme API over HTTP: who may write a scheme, that a version is never changed, that a
 * refused scheme writes nothing, and that a new scheme's episodes are computed from the facts
 * already stored before it becomes READY.
 */
// Closed after the class: the test PostgreSQL server is shared, and a cached context keeps its connections.
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CodingSchemesIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String V2 = """
            {"care": ["ORIENTATION", "SHORT_SUPPORT_PATH", "DOCUMENTS_REQUESTED"], "control": ["NOT_ELIGIBLE"],
             "window": "P30D", "reasons": "Documents requested start a path in this city."}""";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SportelloServiceTest.register(registry, "reporting");
        ResearchTopics.ownConsumerGroups(registry, "coding-schemes-it");
        ResearchTopics.createTopicsIfMissing();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDefaultSchemeV1IsReadyAndListed() {
        CodingSchemesApi api = new CodingSchemesApi(port);

        CodingSchemesApi.Answer v1 = api.get("/v1", CodingSchemesApi.RESEARCHER);

        assertThat(v1.status()).as(v1.body()).isEqualTo(200);
        JsonNode scheme = JSON.readTree(v1.body());
        assertThat(scheme.path("version").asString()).isEqualTo("v1");
        assertThat(scheme.path("window").asString()).isEqualTo("P90D");
        assertThat(scheme.path("state").asString()).isEqualTo("READY");
        assertThat(scheme.path("care").toString()).isEqualTo(
                "[\"ORIENTATION\",\"SHORT_SUPPORT_PATH\",\"APPOINTMENT_PROPOSED\",\"TAKEN_IN_CHARGE\",\"REFERRAL\"]");
        assertThat(scheme.path("control").toString()).isEqualTo(
                "[\"DOCUMENTS_REQUESTED\",\"ELIGIBILITY_CHECK\",\"NOT_ELIGIBLE\",\"ECONOMIC_SUPPORT_REQUESTED\"]");
        assertThat(scheme.path("reasons").asString()).startsWith("Care: the first interviews start a path of help");
        CodingSchemesApi.Answer list = api.get("", CodingSchemesApi.RESEARCHER);
        assertThat(list.status()).isEqualTo(200);
        // Other tests of this class may have added versions: v1 is among them, as GET shows it.
        assertThat(JSON.readTree(list.body()).path("schemes").valueStream()
                .filter(listed -> listed.path("version").asString().equals("v1")).toList())
                .containsExactly(scheme);
    }

    @Test
    void anUnknownVersionIsNotFound() {
        assertProblem(new CodingSchemesApi(port).get("/v404", CodingSchemesApi.RESEARCHER), 404,
                UnknownCodingScheme.TYPE, "version");
    }

    @Test
    void anAdministratorWritesANewVersionWhoseEpisodesAreComputedFromTheStoredFacts() {
        CodingSchemesApi api = new CodingSchemesApi(port);
        String office = "cs-" + Long.toHexString(UUID.randomUUID().getMostSignificantBits() & 0xffffffL);
        UUID caseId = UUID.randomUUID();
        UUID citizen = UUID.randomUUID();
        try (ResearchTopics topics = new ResearchTopics()) {
            topics.send(ResearchEvents.contact(caseId, citizen, office, Instant.parse("2025-03-03T09:00:00Z"),
                    DOCUMENTS_REQUESTED));
            topics.send(ResearchEvents.anonymous(office, Instant.parse("2025-03-04T09:00:00Z"), INFORMATION_GIVEN));
        }
        await().atMost(PATIENCE).until(() -> episodes("v1", office) == 2);

        assertThat(api.put("v2", V2, CodingSchemesApi.RESEARCHER).status()).isEqualTo(403);
        CodingSchemesApi.Answer created = api.put("v2", V2, CodingSchemesApi.ADMIN);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.location()).endsWith("/api/research/coding-schemes/v2");
        JsonNode scheme = JSON.readTree(created.body());
        assertThat(scheme.path("version").asString()).isEqualTo("v2");
        assertThat(scheme.path("state").asString()).isEqualTo("COMPUTING");
        assertThat(scheme.path("createdBy").asString()).isEqualTo("admin-7");
        assertThat(scheme.path("window").asString()).isEqualTo("P30D");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(JSON.readTree(
                api.get("/v2", CodingSchemesApi.RESEARCHER).body()).path("state").asString()).isEqualTo("READY"));
        assertThat(JSON.readTree(api.get("/v2", CodingSchemesApi.RESEARCHER).body()).path("readyAt").isNull())
                .isFalse();
        // Under v2 documents requested are care; under v1 they are control.
        assertThat(jdbc.sql("SELECT scheme, care_first, ended_by FROM research_episode WHERE episode_id = ?"
                        + " ORDER BY scheme").param(caseId).query().listOfRows())
                .containsExactly(java.util.Map.of("scheme", "v1", "care_first", false, "ended_by", "WINDOW"),
                        java.util.Map.of("scheme", "v2", "care_first", true, "ended_by", "WINDOW"));
        assertThat(episodes("v2", office)).isEqualTo(2);

        CodingSchemesApi.Answer again = api.put("v2", V2.replace("P30D", "P31D"), CodingSchemesApi.ADMIN);
        assertProblem(again, 409, CodingSchemeExists.TYPE, "version");
        assertThat(JSON.readTree(api.get("/v2", CodingSchemesApi.ADMIN).body()).path("window").asString())
                .isEqualTo("P30D");
    }

    @Test
    void aRefusedSchemeNamesTheFieldAndWritesNothing() {
        CodingSchemesApi api = new CodingSchemesApi(port);
        String good = """
                {"care": ["ORIENTATION"], "control": ["NOT_ELIGIBLE"], "window": "P90D", "reasons": "r"}""";
        assertRefused(api, "v3", good.replace("\"ORIENTATION\"", "\"HUGS\""), "care");
        assertRefused(api, "v3", good.replace("\"NOT_ELIGIBLE\"", "\"ORIENTATION\""), "control");
        assertRefused(api, "v3", good.replace("[\"ORIENTATION\"]", "[]"), "care");
        assertRefused(api, "v3", good.replace("P90D", "P3M"), "window");
        assertRefused(api, "v3", good.replace("P90D", "P400D"), "window");
        assertRefused(api, "v3", good.replace("\"r\"", "\"  \""), "reasons");
        assertRefused(api, "v3", good.replace("\"r\"", "\"" + "x".repeat(4001) + "\""), "reasons");
        assertRefused(api, "V3!", good, "version");
        assertThat(jdbc.sql("SELECT count(*) FROM research_coding_scheme WHERE version IN ('v3', 'V3!')")
                .query(Long.class).single()).isZero();
    }

    private static void assertRefused(CodingSchemesApi api, String version, String json, String field) {
        assertProblem(api.put(version, json, CodingSchemesApi.ADMIN), 422, InvalidCodingScheme.TYPE, field);
    }

    private long episodes(String scheme, String office) {
        return jdbc.sql("SELECT count(*) FROM research_episode WHERE scheme = ? AND office_id = ?")
                .param(scheme).param(office).query(Long.class).single();
    }
}
