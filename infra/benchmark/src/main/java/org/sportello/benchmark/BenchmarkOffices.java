package org.sportello.benchmark;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.sportello.client.SportelloApi;
import org.sportello.client.SportelloRequests;
import org.sportello.contracts.CloudEventHeaders;
import org.sportello.contracts.scheduling.SchedulingTopic;
import org.sportello.contracts.scheduling.v1.OfficeCreated;
import org.sportello.contracts.scheduling.v1.OfficeKind;
import org.sportello.platform.json.ContractJson;

/**
 * The benchmark's offices, published on {@code sportello.scheduling.events} in scheduling's
 * contract (CloudEvents, binary mode), so that intake accepts contacts there. Publishing an office
 * that intake already knows again is harmless: intake keeps the first.
 */
final class BenchmarkOffices {

    /** Not scheduling's own source, so a reader of the topic can tell these offices from real ones. */
    static final String SOURCE = "/sportello/benchmark";

    private BenchmarkOffices() {
    }

    static void publish(String bootstrapServers, List<String> officeIds) {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000), new StringSerializer(), new ByteArraySerializer())) {
            for (String officeId : officeIds) {
                OfficeCreated created = new OfficeCreated(officeId, "benchmark", "Benchmark office " + officeId,
                        "Nowhere 1", OfficeKind.SECRETARIAT, null, Instant.now(), "benchmark-operator");
                RecordHeaders headers = new RecordHeaders();
                header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
                header(headers, CloudEventHeaders.ID, UUID.randomUUID().toString());
                header(headers, CloudEventHeaders.TYPE, OfficeCreated.TYPE);
                header(headers, CloudEventHeaders.SOURCE, SOURCE);
                header(headers, CloudEventHeaders.TIME, Instant.now().toString());
                header(headers, CloudEventHeaders.SUBJECT, officeId);
                header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
                producer.send(new ProducerRecord<>(SchedulingTopic.NAME, null, officeId, ContractJson.write(created),
                        headers)).get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Kafka at " + bootstrapServers + " did not take the benchmark's offices "
                    + "(is --kafka the system's broker?)", e);
        }
    }

    /**
     * Waits until intake knows each office, asking without recording anything: a contact of a
     * citizen nobody registered is refused as {@code unknown-office} (422) while intake does not know
     * the office, since offices are checked first, and as {@code citizen-not-found} (404) once it does.
     */
    static void awaitKnown(SportelloApi intake, List<String> officeIds, Duration patience) throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        for (String officeId : officeIds) {
            while (true) {
                SportelloApi.Answer answer = intake.post("/api/contacts",
                        SportelloRequests.walkInContact(UUID.randomUUID(), officeId, Instant.now()));
                if (answer.status() == 404) {
                    break;
                }
                if (answer.status() != 422 || Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("intake does not know office " + officeId + " after " + patience
                            + ": " + answer.status() + " " + answer.raw());
                }
                Thread.sleep(250);
            }
        }
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
