package org.sportello.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.sportello.contracts.intake.IntakeTopic;
import org.sportello.contracts.intake.v1.Channel;
import org.sportello.contracts.intake.v1.ContactOutcome;
import org.sportello.contracts.intake.v1.ContactRecorded;
import org.sportello.contracts.intake.v1.Operator;
import org.sportello.contracts.intake.v1.OperatorRole;
import org.sportello.platform.consuming.DeadLetterTopics;
import org.sportello.platform.consuming.Delivered;
import org.sportello.platform.consuming.KafkaProjection;
import org.sportello.platform.json.ContractJson;
import org.sportello.testing.SportelloServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A value that fits the contract and that the projection reads, but that its table refuses, is a
 * dead letter too, not a batch retried for ever: the events around it are still applied.
 */
@SpringBootTest
class RefusedByTheDatabaseIT {

    private static final String GROUP = "reporting.offices-seen-" + UUID.randomUUID();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SportelloServiceTest.register(registry, "reporting");
        String monthlyUsers = "reporting.monthly-users.refused-" + UUID.randomUUID();
        registry.add("sportello.reporting.monthly-users.group-id", () -> monthlyUsers);
        IntakeTopicProducer.createTopicIfMissing();
    }

    /** A projection whose table refuses offices named refused-*, as a constraint the contract does not know. */
    @TestConfiguration
    static class OfficesSeen {

        @Bean
        KafkaProjection<String> officesSeen(JdbcTemplate jdbc) {
            jdbc.execute("CREATE TABLE offices_seen (office_id VARCHAR(64) PRIMARY KEY"
                    + " CHECK (office_id NOT LIKE 'refused-%'))");
            return new KafkaProjection<>() {
                @Override
                public String name() {
                    return "offices-seen";
                }

                @Override
                public String topic() {
                    return IntakeTopic.NAME;
                }

                @Override
                public String groupId() {
                    return GROUP;
                }

                @Override
                public Set<String> types() {
                    return Set.of(ContactRecorded.TYPE);
                }

                @Override
                public String read(String type, byte[] value) {
                    return ContractJson.read(value, ContactRecorded.class).officeId();
                }

                @Override
                public void apply(List<Delivered<String>> offices) {
                    jdbc.batchUpdate("INSERT INTO offices_seen (office_id) VALUES (?) ON CONFLICT DO NOTHING",
                            offices.stream().map(office -> new Object[] {office.event()}).toList());
                }

                @Override
                public List<String> tables() {
                    return List.of("offices_seen");
                }
            };
        }
    }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aValueTheTableRefusesIsADeadLetterAndTheEventsAroundItAreApplied() {
        String suffix = Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000000, 0x7fffffff));
        String key = UUID.randomUUID().toString();
        String refusedId = UUID.randomUUID().toString();
        try (IntakeTopicProducer intake = new IntakeTopicProducer()) {
            intake.send(UUID.randomUUID().toString(), ContactRecorded.TYPE, key, contactAt("before-" + suffix));
            intake.send(refusedId, ContactRecorded.TYPE, key, contactAt("refused-" + suffix));
            intake.send(UUID.randomUUID().toString(), ContactRecorded.TYPE, key, contactAt("after-" + suffix));
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> seen("after-" + suffix));
        assertThat(seen("before-" + suffix)).isTrue();
        ConsumerRecord<String, byte[]> letter = DeadLetterTopic.find(refusedId, GROUP, Duration.ofSeconds(30))
                .orElseThrow(() -> new AssertionError("no dead letter of " + refusedId));
        assertThat(DeadLetterTopic.header(letter, DeadLetterTopics.REASON_HEADER))
                .contains("the database refused").contains("offices_seen");
    }

    private boolean seen(String office) {
        return jdbc.queryForObject("SELECT count(*) FROM offices_seen WHERE office_id = ?", Long.class, office) == 1;
    }

    private static byte[] contactAt(String office) {
        return ContractJson.write(new ContactRecorded(UUID.randomUUID(), null, null, office, Channel.PHONE,
                Instant.parse("2025-05-05T10:00:00Z"), List.of(new Operator("op-1", OperatorRole.ADMINISTRATIVE)),
                List.of(), List.of(ContactOutcome.INFORMATION_GIVEN)));
    }
}
