package org.sportello.platform.consuming;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the platform runs every {@link KafkaProjection}'s consumer ({@code sportello.consuming.*}).
 *
 * @param sessionTimeout         how long the broker waits for a silent consumer before giving its
 *                               partitions to another (see {@link ProjectionContainers} why short)
 * @param heartbeatInterval      a third of the session timeout, as Kafka advises
 * @param deadLetterPartitions   partitions of a dead-letter topic when the consumer creates it
 * @param rebuildGroupPatience   how long a rebuild waits for the group to be empty of consumers
 */
@ConfigurationProperties("sportello.consuming")
public record ConsumingProperties(@DefaultValue("6s") Duration sessionTimeout,
                                  @DefaultValue("2s") Duration heartbeatInterval,
                                  @DefaultValue("1") int deadLetterPartitions,
                                  @DefaultValue("30s") Duration rebuildGroupPatience) {
}
