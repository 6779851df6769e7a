package org.sportello.scheduling.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.scheduling.appointment.AppointmentsApi.id;
import static org.sportello.scheduling.appointment.AppointmentsApi.operatorAt;
import static org.sportello.scheduling.appointment.AppointmentsApi.requestOf;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.sportello.contracts.CloudEventHeaders;
import org.sportello.contracts.scheduling.SchedulingTopic;
import org.sportello.scheduling.RegistryApi.Response;
import org.sportello.scheduling.RunningScheduling;
import org.sportello.testing.TestInfrastructure;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A booking reaches sportello.scheduling.events as a CloudEvent keyed by the appointment, with no personal data. */
class AppointmentRelayIT extends RunningScheduling {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void bookedAppointmentIsPublishedKeyedByItsId() {
        AppointmentsApi api = new AppointmentsApi(port);
        String office = api.officeOpenDaily("00:00", "23:59");
        String socialWorker = api.operator(office, "SOCIAL_WORKER", "00:00", "23:59", List.of());
        String token = operatorAt(office);
        Map<String, Object> anonymous = requestOf(office, 15, "SOCIAL_WORKER");
        anonymous.remove("citizenId");
        anonymous.put("callbackPhone", "+39 333 7654321");
        Response requested = api.post("/api/appointment-requests", anonymous, token);
        UUID requestId = id(requested, "requestId");
        UUID appointmentId = id(api.book(requestId, requested.json().path("proposals").path(0), token), "appointmentId");

        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "appointment-relay-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(SchedulingTopic.NAME));
            List<ConsumerRecord<String, byte[]>> received = new ArrayList<>();
            ConsumerRecord<String, byte[]> booked = Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(received::add);
                return received.stream().filter(r -> appointmentId.toString().equals(r.key())
                        && "sportello.scheduling.AppointmentBooked.v1".equals(header(r, CloudEventHeaders.TYPE)))
                        .findFirst().orElse(null);
            }, found -> found != null);

            JsonNode payload = JSON.readTree(booked.value());
            assertThat(payload.path("appointmentId").asString()).isEqualTo(appointmentId.toString());
            assertThat(payload.path("requestId").asString()).isEqualTo(requestId.toString());
            assertThat(payload.path("officeId").asString()).isEqualTo(office);
            assertThat(payload.path("citizenId").isNull()).isTrue();
            assertThat(payload.path("operators").path(0).path("operatorId").asString()).isEqualTo(socialWorker);
            assertThat(payload.path("requestedAt").asString()).isNotBlank();
            assertThat(new String(booked.value(), StandardCharsets.UTF_8)).doesNotContain("7654321");
            assertThat(received.stream().filter(r -> requestId.toString().equals(r.key()))
                    .map(r -> new String(r.value(), StandardCharsets.UTF_8)))
                    .allSatisfy(value -> assertThat(value).doesNotContain("7654321"));
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
