package org.sportello.referral.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.sportello.contracts.CloudEventHeaders;
import org.sportello.contracts.referral.ReferralTopic;
import org.sportello.contracts.referral.v1.ProviderRegistered;
import org.sportello.referral.OtherServices;
import org.sportello.referral.OtherServices.Place;
import org.sportello.referral.ReferralApi;
import org.sportello.referral.ReferralTopicReader;
import org.sportello.referral.RunningReferral;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What other services see of the registry: ProviderRegistered on sportello.referral.events, keyed by provider. */
class ProviderRelayIT extends RunningReferral {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void registeredProviderIsPublishedKeyedByItsIdWithWhoRegisteredIt() {
        ReferralApi api = new ReferralApi(port);
        Place place;
        try (OtherServices others = new OtherServices(jdbc)) {
            place = others.newPlace();
        }
        String providerId = OtherServices.uniqueSlug("cps");
        api.registerProvider(ReferralApi.with(ReferralApi.with(ReferralApi.provider(providerId, place.districtId(),
                "MENTAL_HEALTH"), "municipalityIds", List.of(place.municipalityId())), "contactChannel", "API"));

        try (ReferralTopicReader topic = new ReferralTopicReader()) {
            ConsumerRecord<String, byte[]> record = topic.await(ProviderRegistered.TYPE, providerId, Duration.ofSeconds(60));

            assertThat(ReferralTopicReader.header(record, CloudEventHeaders.SOURCE)).isEqualTo(ReferralTopic.SOURCE);
            assertThat(ReferralTopicReader.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(providerId);
            JsonNode body = JSON.readTree(record.value());
            assertThat(body.path("providerId").asString()).isEqualTo(providerId);
            assertThat(body.path("serviceType").asString()).isEqualTo("MENTAL_HEALTH");
            assertThat(body.path("contactChannel").asString()).isEqualTo("API");
            assertThat(body.path("districtId").asString()).isEqualTo(place.districtId());
            assertThat(body.path("municipalityIds").path(0).asString()).isEqualTo(place.municipalityId());
            assertThat(body.path("responseDeadlineWorkingDays").asInt()).isEqualTo(10);
            assertThat(body.path("recordedBy").asString()).isEqualTo(ReferralApi.ADMIN_ID);
        }
    }
}
