package org.sportello.reporting.research.querylog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.reporting.ReportsApi;
import org.sportello.reporting.TestMonths;
import org.sportello.reporting.research.facts.ResearchTopics;
import org.sportello.testing.SportelloServiceTest;
import org.sportello.testing.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * The log of research queries as an administrator reads it: every GET under /api/research and
 * /api/reports, refused ones included, with who, when, the table and the parameters. Each test
 * asks as callers of its own and lists only theirs. The record is written in the request's own
 * flow, just after the answer is sent, so a client may read its answer a moment before the record
 * is in: the tests wait for it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QueryLogIT {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final String JSON = "application/json";
    private static final String ADMIN = TestInfrastructure.token("admin-log", "ADMIN");
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SportelloServiceTest.register(registry, "reporting");
        // Groups of its own, so this context never takes partitions from another test's consumers.
        ResearchTopics.ownConsumerGroups(registry, "querylog-it");
        ResearchTopics.createTopicsIfMissing();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private ReportsApi api;
    private String researcher;
    private String token;

    @BeforeEach
    void ownResearcher() {
        api = new ReportsApi(port);
        researcher = "researcher-" + UUID.randomUUID().toString().substring(0, 8);
        token = TestInfrastructure.token(researcher, "RESEARCHER");
    }

    @Test
    void aResearchersQueriesAreListedNewestFirstWithWhoWhenTheTableAndTheParameters() {
        // A year no test has episodes in, so the extract has none.
        String year = TestMonths.unusedYear().toString();
        Instant before = Instant.now();
        HttpResponse<String> report = api.get("/api/reports/monthly-users?from=2025-01&to=2025-02", token, JSON);
        HttpResponse<String> extract = api.get("/api/research/episodes.csv?from=" + year + "-01&to=" + year + "-12",
                token, "text/csv");
        HttpResponse<String> refused = api.get("/api/research/episodes.csv?from=" + year + "-01&to=" + year
                + "-12&k=2", token, "text/csv");
        assertThat(List.of(report.statusCode(), extract.statusCode(), refused.statusCode()))
                .containsExactly(200, 200, 422);

        JsonNode queries = awaitQueries("&sub=" + researcher, 3);

        assertThat(queries.get(0).get("table").asString()).isEqualTo("/api/research/episodes.csv");
        assertThat(queries.get(0).get("parameters").properties()).extracting(Map.Entry::getKey, entry ->
                entry.getValue().asString()).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("from", year + "-01"),
                        org.assertj.core.groups.Tuple.tuple("to", year + "-12"),
                        org.assertj.core.groups.Tuple.tuple("k", "2"));
        assertThat(queries.get(0).get("status").asInt()).isEqualTo(422);
        assertThat(queries.get(0).get("rows").isNull()).isTrue();
        assertThat(queries.get(1).get("table").asString()).isEqualTo("/api/research/episodes.csv");
        assertThat(queries.get(1).get("status").asInt()).isEqualTo(200);
        // The extract counts its rows: none under a scheme with no episodes.
        assertThat(queries.get(1).get("rows").asLong()).isZero();
        assertThat(queries.get(2).get("table").asString()).isEqualTo("/api/reports/monthly-users");
        assertThat(queries.get(2).get("parameters").get("to").asString()).isEqualTo("2025-02");
        for (JsonNode query : queries) {
            assertThat(query.get("sub").asString()).isEqualTo(researcher);
            assertThat(query.get("roles")).extracting(JsonNode::asString).containsExactly("RESEARCHER");
            Instant askedAt = Instant.parse(query.get("askedAt").asString());
            assertThat(askedAt).isBetween(before.minusSeconds(1), Instant.now());
        }
    }

    @Test
    void queriesSecurityRefusesAreRecordedToo() {
        String operator = "operator-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> forbidden = api.get("/api/research/episodes.csv?from=2025-01&to=2025-03",
                TestInfrastructure.token(operator, "OPERATOR"), "text/csv");
        String table = "/api/reports/referrals/" + UUID.randomUUID();
        HttpResponse<String> anonymous = api.get(table + "?from=2025-01", null, JSON);
        assertThat(List.of(forbidden.statusCode(), anonymous.statusCode())).containsExactly(403, 401);

        JsonNode byOperator = awaitQueries("&sub=" + operator, 1);
        assertThat(byOperator.get(0).get("status").asInt()).isEqualTo(403);
        assertThat(byOperator.get(0).get("roles")).extracting(JsonNode::asString).containsExactly("OPERATOR");
        JsonNode byNobody = awaitQueries("&table=" + table, 1);
        assertThat(byNobody.get(0).get("sub").isNull()).isTrue();
        assertThat(byNobody.get(0).get("roles")).isEmpty();
        assertThat(byNobody.get(0).get("status").asInt()).isEqualTo(401);
        assertThat(byNobody.get(0).get("parameters").get("from").asString()).isEqualTo("2025-01");
    }

    @Test
    void onlyAdministratorsReadTheLogAndReadingItIsNotLogged() {
        String admin = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> byResearcher = api.get(list(""), token, JSON);
        HttpResponse<String> byAdmin = api.get(list(""), TestInfrastructure.token(admin, "ADMIN"), JSON);
        api.get("/api/reports/monthly-users?from=2025-01&to=2025-01", token, JSON);

        assertThat(byResearcher.statusCode()).isEqualTo(403);
        assertThat(byAdmin.statusCode()).as(byAdmin.body()).isEqualTo(200);
        // The researcher's later query is in, so the log is up to date, and neither read of the log is.
        awaitQueries("&sub=" + researcher, 1);
        assertThat(ReportsApi.json(api.get(list("&sub=" + admin), ADMIN, JSON))).isEmpty();
        assertThat(ReportsApi.json(api.get(list("&sub=" + researcher), ADMIN, JSON)))
                .extracting(query -> query.get("table").asString()).containsExactly("/api/reports/monthly-users");
    }

    @Test
    void theLogAsCsvAndItsLimit() {
        api.get("/api/reports/monthly-users?from=2025-01&to=2025-01", token, JSON);
        api.get("/api/reports/monthly-users?from=2025-02&to=2025-02&officeId=a,b", token, JSON);
        awaitQueries("&sub=" + researcher, 2);

        HttpResponse<String> csv = api.get(list("&sub=" + researcher), ADMIN, "text/csv");
        HttpResponse<String> newest = api.get(list("&sub=" + researcher + "&limit=1"), ADMIN, JSON);

        assertThat(csv.statusCode()).isEqualTo(200);
        List<String> lines = List.of(csv.body().split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("askedAt,sub,roles,table,parameters,status,rows");
        // The parameters as their JSON object, quoted since it holds commas and quotes; no rows counted.
        assertThat(lines.get(1)).isEqualTo(ReportsApi.json(newest).get(0).get("askedAt").asString() + ","
                + researcher + ",RESEARCHER,/api/reports/monthly-users,"
                + "\"{\"\"from\"\":\"\"2025-02\"\",\"\"officeId\"\":\"\"a,b\"\",\"\"to\"\":\"\"2025-02\"\"}\",400,");
        assertThat(lines).hasSize(3);
        assertThat(ReportsApi.json(newest)).hasSize(1);
    }

    @Test
    void badFiltersAreProblemsNamingTheField() {
        assertThat(ReportsApi.json(api.get("/api/admin/research-queries?from=2025-13-01&to=2025-12-31", ADMIN, JSON))
                .get("errors").get(0).get("field").asString()).isEqualTo("from");
        assertThat(ReportsApi.json(api.get("/api/admin/research-queries?from=2025-02-01&to=2025-01-31", ADMIN, JSON))
                .get("errors").get(0).get("field").asString()).isEqualTo("to");
        HttpResponse<String> limit = api.get(list("&limit=0"), ADMIN, JSON);
        assertThat(limit.statusCode()).isEqualTo(400);
        assertThat(ReportsApi.json(limit).get("type").asString()).endsWith("/" + InvalidQueryLogFilter.TYPE);
        assertThat(ReportsApi.json(limit).get("errors").get(0).get("field").asString()).isEqualTo("limit");
    }

    @Test
    void aQueryTheLogCannotTakeIsRefusedUnansweredAndTheRefusalIsNotTheData() {
        String unrecordable = "unrecordable-" + UUID.randomUUID().toString().substring(0, 8);
        // The log refuses this one caller's rows, and only theirs: other tests keep writing it.
        String constraint = "research_query_refuses_" + unrecordable.replace('-', '_');
        jdbc.execute("ALTER TABLE research_query ADD CONSTRAINT " + constraint + " CHECK (sub IS DISTINCT FROM '"
                + unrecordable + "') NOT VALID");
        try {
            HttpResponse<String> refused = api.get("/api/reports/monthly-users?from=2025-01&to=2025-02",
                    TestInfrastructure.token(unrecordable, "RESEARCHER"), JSON);

            assertThat(refused.statusCode()).isEqualTo(503);
            JsonNode problem = ReportsApi.json(refused);
            assertThat(problem.get("type").asString()).endsWith("/" + QueryLogUnavailable.TYPE);
            assertThat(problem.has("rows")).as("no report rows in the refusal").isFalse();
        } finally {
            jdbc.execute("ALTER TABLE research_query DROP CONSTRAINT " + constraint);
        }
        HttpResponse<String> answered = api.get("/api/reports/monthly-users?from=2025-01&to=2025-02",
                TestInfrastructure.token(unrecordable, "RESEARCHER"), JSON);
        assertThat(answered.statusCode()).isEqualTo(200);
        JsonNode recorded = awaitQueries("&sub=" + unrecordable, 1);
        assertThat(recorded.get(0).get("status").asInt()).isEqualTo(200);
    }

    private JsonNode awaitQueries(String filter, int count) {
        return await().atMost(PATIENCE).until(() -> ReportsApi.json(api.get(list(filter), ADMIN, JSON)),
                queries -> queries.size() == count);
    }

    private static String list(String filter) {
        LocalDate today = LocalDate.now(ROME);
        return "/api/admin/research-queries?from=" + today.minusDays(1) + "&to=" + today.plusDays(1) + filter;
    }
}
