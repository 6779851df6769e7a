package org.sportello.reporting;

import org.sportello.testing.TopicPublisher;

/**
 * Publishes on a service's topic what its relay would (infra/testing's {@link TopicPublisher}).
 * {@link IntakeTopicProducer}, {@link SchedulingTopicProducer} and {@link ReferralTopicProducer} add each
 * topic's events and keys.
 */
public class TopicProducer extends TopicPublisher {

    protected TopicProducer(String topic, String source) {
        super(topic, source);
    }
}
