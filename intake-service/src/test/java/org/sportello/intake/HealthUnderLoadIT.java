package org.sportello.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sportello.intake.IntakeApi.Response;
import org.sportello.platform.operations.KafkaHealthIndicator;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The open health endpoint is cheap: many probes at once all get an answer, and share a few
 * questions to Kafka instead of each opening a client of its own.
 */
class HealthUnderLoadIT extends RunningIntake {

    @Autowired
    private KafkaHealthIndicator kafkaHealth;

    @Test
    void twoHundredConcurrentProbesAllAnswerAndAskKafkaAFewTimes() throws Exception {
        long callsBefore = kafkaHealth.clusterCalls();

        List<Response> answers = concurrently(200, () -> api.get("/actuator/health", null));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            assertThat(answer.json().path("status").asString()).isEqualTo("UP");
        });
        // Answers are reused for a second; however slowly the 200 arrive, that is a handful of calls.
        assertThat(kafkaHealth.clusterCalls() - callsBefore).isBetween(1L, 5L);
    }
}
