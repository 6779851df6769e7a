package org.sportello.scheduling.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.scheduling.RegistryApi.slot;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.contracts.CloudEventHeaders;
import org.sportello.contracts.scheduling.SchedulingTopic;
import org.sportello.contracts.scheduling.v1.ClosureScheduled;
import org.sportello.contracts.scheduling.v1.OfficeCreated;
import org.sportello.contracts.scheduling.v1.OpeningHoursSet;
import org.sportello.contracts.scheduling.v1.OperatorRegistered;
import org.sportello.scheduling.RegistryApi;
import org.sportello.scheduling.RegistryApi.Place;
import org.sportello.scheduling.RunningScheduling;
import org.sportello.testing.TestInfrastructure;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What other services see of the registry: its contracts on sportello.scheduling.events, keyed by office. */
class SchedulingRelayIT extends RunningScheduling {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WITHIN = Duration.ofSeconds(30);

    private RegistryApi api;
    private SchedulingTopicReader topic;

    @BeforeEach
    void setUp() {
        api = new RegistryApi(port);
        topic = new SchedulingTopicReader(TestInfrastructure.kafkaBootstrapServers());
    }

    @AfterEach
    void tearDown() {
        topic.close();
    }

    @Test
    void officeCreatedIsPublishedKeyedByTheOfficeWithWhoCreatedIt() {
        Place place = api.newOffice();

        ConsumerRecord<String, byte[]> record = topic.await(OfficeCreated.TYPE, place.officeId(), WITHIN);

        assertThat(SchedulingTopicReader.header(record, CloudEventHeaders.SOURCE)).isEqualTo(SchedulingTopic.SOURCE);
        JsonNode body = JSON.readTree(record.value());
        assertThat(body.path("officeId").asString()).isEqualTo(place.officeId());
        assertThat(body.path("municipalityId").asString()).isEqualTo(place.municipalityId());
        assertThat(body.path("kind").asString()).isEqualTo("SECRETARIAT");
        assertThat(body.path("recordedBy").asString()).isEqualTo(RegistryApi.ADMIN_ID);
        assertThat(body.path("central").isBoolean()).isTrue();
        assertThat(body.path("central").asBoolean()).isFalse();
    }

    @Test
    void centralOfficeIsPublishedAsCentral() {
        Place place = api.newOffice();
        String central = RegistryApi.uniqueSlug("sede-centrale");
        Map<String, Object> request = RegistryApi.secretariat(central, place.municipalityId());
        request.put("central", true);
        RegistryApi.created(api.post("/api/offices", request));

        JsonNode body = JSON.readTree(topic.await(OfficeCreated.TYPE, central, WITHIN).value());

        assertThat(body.path("municipalityId").asString()).isEqualTo(place.municipalityId());
        assertThat(body.path("central").asBoolean()).isTrue();
        assertThat(JSON.treeToValue(body, OfficeCreated.class).central()).isTrue();
    }

    @Test
    void hoursAndClosuresArePublishedKeyedByTheOfficeAndTheReasonStaysInside() {
        String office = api.newOffice().officeId();
        api.setHours(office, "2025-03-01", List.of(slot("MONDAY", "09:00", "11:00", "WALK_IN")));
        RegistryApi.created(api.post("/api/offices/" + office + "/closures",
                Map.of("from", "2025-12-24", "to", "2025-12-26", "reason", "Assemblea sindacale riservata")));

        JsonNode hours = JSON.readTree(topic.await(OpeningHoursSet.TYPE, office, WITHIN).value());
        byte[] closure = topic.await(ClosureScheduled.TYPE, office, WITHIN).value();

        assertThat(hours.path("validFrom").asString()).isEqualTo("2025-03-01");
        assertThat(hours.path("slots").path(0).path("dayOfWeek").asString()).isEqualTo("MONDAY");
        assertThat(JSON.readTree(closure).path("to").asString()).isEqualTo("2025-12-26");
        assertThat(new String(closure, StandardCharsets.UTF_8)).doesNotContain("Assemblea");
    }

    @Test
    void districtAndMunicipalityAreKeyedByTheirOwnIdsThoughTheirStreamsArePrefixed() {
        Place place = api.newOffice();

        JsonNode district = JSON.readTree(topic.await(
                org.sportello.contracts.scheduling.v1.DistrictCreated.TYPE, place.districtId(), WITHIN).value());
        JsonNode municipality = JSON.readTree(topic.await(
                org.sportello.contracts.scheduling.v1.MunicipalityCreated.TYPE, place.municipalityId(), WITHIN).value());

        assertThat(district.path("districtId").asString()).isEqualTo(place.districtId());
        assertThat(municipality.path("districtId").asString()).isEqualTo(place.districtId());
    }

    @Test
    void operatorRegisteredIsPublishedWithoutTheirName() {
        String office = api.newOffice().officeId();
        String operatorId = RegistryApi.uniqueSlug("op");
        RegistryApi.created(api.post("/api/operators", Map.of("operatorId", operatorId, "name", "Anna Bianchi",
                "roles", List.of("SOCIAL_WORKER"), "employer", "Comune", "offices", List.of(office))));

        byte[] body = topic.await(OperatorRegistered.TYPE, operatorId, WITHIN).value();

        assertThat(JSON.readTree(body).path("operatorId").asString()).isEqualTo(operatorId);
        assertThat(new String(body, StandardCharsets.UTF_8)).doesNotContain("Anna", "Bianchi");
    }
}
