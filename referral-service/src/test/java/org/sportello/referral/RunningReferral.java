package org.sportello.referral;

import org.sportello.testing.RunningService;
import org.sportello.testing.SportelloServiceTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The referral service running on a random port, on a database of its own in the test PostgreSQL
 * and on the test Kafka (infra/testing's {@link RunningService}). Integration tests extend this and
 * share one Spring context (and one database): each test therefore works with providers, offices
 * and cases of its own (unique ids).
 */
@SpringBootTest(classes = ReferralApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class RunningReferral extends RunningService {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SportelloServiceTest.register(registry, "referral");
    }
}
