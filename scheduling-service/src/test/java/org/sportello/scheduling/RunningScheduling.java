package org.sportello.scheduling;

import org.sportello.testing.RunningService;
import org.sportello.testing.SportelloServiceTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The scheduling service running on a random port, on a database of its own in the test PostgreSQL
 * and on the test Kafka (infra/testing's {@link RunningService}). Integration tests extend this and
 * share one Spring context (and one database): each test therefore works with offices and operators
 * of its own (unique ids).
 */
@SpringBootTest(classes = SchedulingApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class RunningScheduling extends RunningService {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SportelloServiceTest.register(registry, "scheduling");
    }
}
