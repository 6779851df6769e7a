package org.sportello.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ServiceSpecTest {

    private static final Map<String, String> COMMON = Map.of(
            "SPRING_KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092",
            "SPORTELLO_JWT_SECRET", "a-jwt-secret-of-at-least-thirty-two-bytes");
    private static final String KEY = MasterKey.generate();

    @Test
    void everyServiceThatHoldsPersonalDataGetsTheMasterKey() {
        for (String name : new String[] {"intake-service", "scheduling-service", "referral-service"}) {
            assertThat(ServiceSpec.named(name).environment(COMMON, KEY)).as(name)
                    .containsAllEntriesOf(COMMON)
                    .containsEntry("SPORTELLO_MASTER_KEY", KEY);
        }
    }

    @Test
    void reportingHoldsNoPersonalDataAndIsNeverGivenTheKey() {
        assertThat(ServiceSpec.named("reporting-service").environment(COMMON, KEY))
                .isEqualTo(COMMON)
                .doesNotContainValue(KEY);
    }
}
