package org.sportello.referral;

import java.util.UUID;

import org.sportello.contracts.intake.IntakeTopic;
import org.sportello.contracts.scheduling.SchedulingTopic;
import org.sportello.testing.RunningService;
import org.sportello.testing.SportelloServiceTest;
import org.sportello.testing.TopicPublisher;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The referral service running on a random port, on a database of its own in the test PostgreSQL
 * and on the test Kafka (infra/testing's {@link RunningService}). Integration tests extend this and
 * share one Spring context (and one database): each test therefore works with providers, offices
 * and cases of its own (unique ids), published as the other services would by {@link OtherServices}.
 */
@SpringBootTest(classes = ReferralApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class RunningReferral extends RunningService {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SportelloServiceTest.register(registry, "referral");
        // Consumer groups of this context's own: every context has a database of its own, and a group
        // shared with another context would have committed offsets past events this one never saw.
        String suffix = UUID.randomUUID().toString();
        for (String group : new String[] {"offices", "cases", "contacts", "erasures"}) {
            registry.add("sportello.referral." + group + ".group-id", () -> "referral." + group + "." + suffix);
        }
        // Referral's consumers never create another service's topic (they wait for it): created here
        // as those services' relays would, before the context subscribes.
        TopicPublisher.createTopicIfMissing(SchedulingTopic.NAME);
        TopicPublisher.createTopicIfMissing(IntakeTopic.NAME);
    }
}
