package org.sportello.intake.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.sportello.intake.citizen.CitizenFixture.aNewPerson;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.sportello.intake.IntakeOnItsOwn;
import org.sportello.intake.IntakeApi;
import org.sportello.intake.IntakeApi.Response;
import org.sportello.local.LocalKafka;
import org.sportello.testing.TestInfrastructure;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The erasure log on a Kafka broker of its own, which the test stops: an erasure made while Kafka
 * is down still succeeds, the log's processor waits at it (its token does not move past the
 * erasure), and once Kafka is back the erasure is in the log, whose topic has been given the
 * settings that keep it for ever.
 */
class ErasureLogKafkaOutageIT {

    private static final String LOG_TOPIC = "sportello.intake.erasures";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Several of the producer's delivery timeouts (6 s here), so that the handler has failed while Kafka was down. */
    private static final Duration OUTAGE = Duration.ofSeconds(15);
    private static final Duration CATCH_UP = Duration.ofSeconds(120);

    @Test
    void erasureMadeWhileKafkaIsDownReachesTheLogOnceKafkaIsBack() throws Exception {
        LocalKafka broker = TestInfrastructure.startDedicatedKafka();
        try {
            // Made before intake, with a broker's defaults: a week of records, then gone.
            createTopicThatForgets(broker.bootstrapServers());
            Map<String, Object> settings = IntakeOnItsOwn.settings("intake_erasure_log");
            settings.put("spring.kafka.bootstrap-servers", broker.bootstrapServers());
            settings.put("spring.kafka.producer.properties[delivery.timeout.ms]", 6000);
            settings.put("spring.kafka.producer.properties[request.timeout.ms]", 3000);
            settings.put("spring.kafka.producer.properties[max.block.ms]", 3000);
            settings.put("sportello.erasure-log.acknowledgement-timeout", "8s");
            try (IntakeOnItsOwn intake = IntakeOnItsOwn.start(settings)) {
                IntakeApi api = intake.api();
                UUID citizenId = api.register(aNewPerson());
                long erasedAt;
                broker.stop();
                try {
                    Response erased = api.postJson("/api/citizens/" + citizenId + "/erasure",
                            "{\"ground\": \"OBJECTION\", \"reference\": \"Prot. outage\"}", IntakeApi.ADMIN);

                    assertThat(erased.status()).as(erased.body()).isEqualTo(204);
                    erasedAt = globalIndexOfTheErasure(intake.jdbc(), citizenId);
                    await().during(OUTAGE).atMost(OUTAGE.plusSeconds(10))
                            .until(() -> logPosition(intake.jdbc()) < erasedAt);
                } finally {
                    broker.start();
                }

                try (ErasureLogTopic log = new ErasureLogTopic(broker.bootstrapServers(), LOG_TOPIC)) {
                    JsonNode entry = log.await(citizenId, CATCH_UP);

                    assertThat(entry.path("ground").asString()).isEqualTo("OBJECTION");
                    assertThat(entry.path("reference").asString()).isEqualTo("Prot. outage");
                    assertThat(log.settings("cleanup.policy", "retention.ms"))
                            .containsEntry("cleanup.policy", "compact").containsEntry("retention.ms", "-1");
                }
                await().atMost(CATCH_UP).until(() -> logPosition(intake.jdbc()) >= erasedAt);
            }
        } finally {
            broker.stop();
        }
    }

    private static void createTopicThatForgets(String bootstrapServers) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(LOG_TOPIC, 1, (short) 1)
                    .configs(Map.of("cleanup.policy", "delete", "retention.ms", "604800000")))).all().get();
        }
    }

    private static long globalIndexOfTheErasure(JdbcClient jdbc, UUID citizenId) {
        return jdbc.sql("SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type = ?")
                .params(citizenId.toString(), CitizenErased.class.getName()).query(Long.class).single();
    }

    /**
     * Where the erasure-log processor's stored token stands: the global index of the last event it
     * is done with (the JDBC event store's gap-aware token keeps it as {@code index}), -1 before any.
     */
    private static long logPosition(JdbcClient jdbc) {
        return jdbc.sql("SELECT token FROM token_entry WHERE processor_name = 'erasure-log' AND token IS NOT NULL")
                .query(byte[].class).list().stream()
                .mapToLong(token -> JSON.readTree(token).path("index").asLong(-1))
                .min().orElse(-1);
    }
}
