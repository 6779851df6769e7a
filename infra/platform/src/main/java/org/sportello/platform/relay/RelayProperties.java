package org.sportello.platform.relay;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where a service relays its events: {@code sportello.relay.topic} (e.g.
 * {@code sportello.intake.events}), the CloudEvents {@code source} it names itself with, and how
 * many partitions the topic gets when the relay creates it (events of one aggregate always share
 * a partition, so more partitions never reorder a case's history).
 */
@ConfigurationProperties("sportello.relay")
public record RelayProperties(String topic, String source,
                              @DefaultValue("3") int partitions,
                              @DefaultValue("30s") Duration acknowledgementTimeout) {
}
