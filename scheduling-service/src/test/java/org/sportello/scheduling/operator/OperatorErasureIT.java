package org.sportello.scheduling.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.scheduling.RegistryApi.created;
import static org.sportello.scheduling.RegistryApi.uniqueSlug;
import static org.sportello.testing.ProblemAssertions.assertProblem;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.scheduling.RegistryApi;
import org.sportello.scheduling.RegistryApi.Response;
import org.sportello.scheduling.RunningScheduling;
import org.sportello.testing.TestInfrastructure;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An operator's name over HTTP on PostgreSQL and Kafka: every read of it logged, and its erasure. */
class OperatorErasureIT extends RunningScheduling {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RegistryApi api;
    private String office;

    @BeforeEach
    void setUp() {
        api = new RegistryApi(port);
        office = api.newOffice().officeId();
    }

    private String operatorNamed(String name) {
        String operatorId = uniqueSlug("op");
        Map<String, Object> body = new HashMap<>();
        body.put("operatorId", operatorId);
        body.put("name", name);
        body.put("roles", List.of("SOCIAL_WORKER"));
        body.put("employer", "Comune di Massa");
        body.put("offices", List.of(office));
        created(api.post("/api/operators", body));
        return operatorId;
    }

    private Response get(String operatorId) {
        return api.send("GET", "/api/operators/" + operatorId, null, RegistryApi.ADMIN);
    }

    private Response erase(String operatorId, Object body) {
        return api.post("/api/operators/" + operatorId + "/erasure", body);
    }

    private static Map<String, Object> erasure(String ground, String reference) {
        Map<String, Object> body = new HashMap<>();
        body.put("ground", ground);
        body.put("reference", reference);
        return body;
    }

    private List<String> readsOf(String operatorId) {
        return jdbc.sql("SELECT operator_id || ' / ' || what FROM personal_data_read WHERE subject_id = ? ORDER BY id")
                .param(OperatorSubject.of(new OperatorId(operatorId)).value()).query(String.class).list();
    }

    @Test
    void readingAnOperatorsNameIsLoggedWithWhoReadIt() {
        String operatorId = operatorNamed("Anna Bianchi");

        assertThat(get(operatorId).json().path("name").asString()).isEqualTo("Anna Bianchi");
        api.put("/api/operators/" + operatorId + "/availability", Map.of("weekly", List.of(), "absences", List.of()));

        assertThat(readsOf(operatorId)).containsExactly(RegistryApi.ADMIN_ID + " / " + OperatorController.NAME_READ,
                RegistryApi.ADMIN_ID + " / " + OperatorController.NAME_READ);
    }

    @Test
    void anOperatorWithoutANameIsReadWithoutALoggedRead() {
        String operatorId = operatorNamed(null);

        assertThat(get(operatorId).json().path("name").isNull()).isTrue();

        assertThat(readsOf(operatorId)).isEmpty();
    }

    @Test
    void erasedNameReadsErasedIsNotLoggedAndTheOperatorKeepsWorking() {
        String operatorId = operatorNamed("Ginevra Sconosciutissima");

        Response erased = erase(operatorId, erasure("CONSENT_WITHDRAWN", "Prot. 2026/118"));

        assertThat(erased.status()).as(erased.body()).isEqualTo(204);
        JsonNode read = get(operatorId).json();
        assertThat(read.path("name").asString()).isEqualTo("[erased]");
        assertThat(read.path("nameErased").asBoolean()).isTrue();
        assertThat(read.path("roles").toString()).isEqualTo("[\"SOCIAL_WORKER\"]");
        assertThat(read.path("offices").toString()).isEqualTo("[\"" + office + "\"]");
        assertThat(readsOf(operatorId)).as("an erased name shows nothing to log").isEmpty();
        Response availability = api.put("/api/operators/" + operatorId + "/availability", Map.of(
                "weekly", List.of(Map.of("dayOfWeek", "MONDAY", "from", "09:00", "to", "13:00", "officeId", office)),
                "absences", List.of()));
        assertThat(availability.status()).as(availability.body()).isEqualTo(200);
        assertThat(availability.json().path("weekly").size()).isEqualTo(1);
        assertThat(storedEvents(OperatorNameErased.class, "operator:" + operatorId)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT wrapped_key IS NULL FROM data_key WHERE subject_id = ?")
                .param(OperatorSubject.of(new OperatorId(operatorId)).value()).query(Boolean.class).single()).isTrue();
    }

    @Test
    void erasureIsStoredWithoutTheName() {
        String operatorId = operatorNamed("Ginevra Sconosciutissima");

        erase(operatorId, erasure("OBJECTION", "Prot. 2026/119"));

        String payload = jdbc.sql("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry "
                        + "WHERE aggregate_identifier = ? AND payload_type = ?")
                .params("operator:" + operatorId, OperatorNameErased.class.getName()).query(String.class).single();
        assertThat(payload).contains("OBJECTION", "Prot. 2026/119", RegistryApi.ADMIN_ID)
                .doesNotContain("Ginevra", "Sconosciutissima");
    }

    @Test
    void secondErasureIsAConflictAndRecordsNothing() {
        String operatorId = operatorNamed("Anna Bianchi");
        erase(operatorId, erasure("CONSENT_WITHDRAWN", "Prot. 1"));
        long before = storedEvents();

        assertProblem(erase(operatorId, erasure("CONSENT_WITHDRAWN", "Prot. 2")), 409,
                OperatorNameAlreadyErased.TYPE, "operatorId");

        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void erasureOfAnOperatorNeverRegisteredIsNotFound() {
        long before = storedEvents();

        assertProblem(erase(uniqueSlug("nobody"), erasure("CONSENT_WITHDRAWN", "Prot. 3")), 404,
                OperatorNotFound.TYPE, "operatorId");

        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void badErasureRequestIsAProblemNamingTheFieldWithNothingStoredOrShredded() {
        String operatorId = operatorNamed("Anna Bianchi");
        long before = storedEvents();

        assertProblem(erase(operatorId, erasure(null, "Prot. 4")), 400, "invalid-input", "ground");
        assertProblem(erase(operatorId, erasure("UNRECOGNISED", "Prot. 4")), 400, "invalid-input", "ground");
        assertProblem(erase(operatorId, erasure("BECAUSE", "Prot. 4")), 400, "invalid-input", "ground");
        assertProblem(erase(operatorId, erasure("OBJECTION", " ")), 400, "invalid-input", "reference");
        assertProblem(erase(operatorId, erasure("OBJECTION", "Prot.\n4")), 400, "invalid-input", "reference");
        assertProblem(erase(operatorId, erasure("OBJECTION", "x".repeat(101))), 400, "invalid-input", "reference");

        assertThat(storedEvents()).isEqualTo(before);
        assertThat(get(operatorId).json().path("name").asString()).isEqualTo("Anna Bianchi");
    }

    @Test
    void onlyAnAdministratorErases() {
        String operatorId = operatorNamed("Anna Bianchi");
        long before = storedEvents();

        Response refused = api.send("POST", "/api/operators/" + operatorId + "/erasure",
                JSON.writeValueAsString(erasure("OBJECTION", "Prot. 5")), RegistryApi.OPERATOR);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void erasureIsKeptInTheErasureLog() {
        String operatorId = operatorNamed("Anna Bianchi");
        UUID subject = OperatorSubject.of(new OperatorId(operatorId)).value();

        erase(operatorId, erasure("LEGAL_OBLIGATION", "Prot. logged"));

        JsonNode entry = awaitErasureLogged(subject);
        assertThat(entry.path("ground").asString()).isEqualTo("LEGAL_OBLIGATION");
        assertThat(entry.path("reference").asString()).isEqualTo("Prot. logged");
        assertThat(entry.path("erasedBy").asString()).isEqualTo(RegistryApi.ADMIN_ID);
        assertThat(entry.toString()).doesNotContain("Anna", "Bianchi");
    }

    private JsonNode awaitErasureLogged(UUID subject) {
        List<ConsumerRecord<String, byte[]>> received = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "erasure-log-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, 1000),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of("sportello.scheduling.erasures"));
            return Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(received::add);
                return received.stream().filter(record -> subject.toString().equals(record.key()))
                        .map(record -> JSON.readTree(record.value())).findFirst().orElse(null);
            }, found -> found != null);
        }
    }
}
