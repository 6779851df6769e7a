package org.sportello.platform.personaldata.erasurelog;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param topic                  the compacted Kafka topic of the service's erasures, e.g.
 *                               {@code sportello.intake.erasures}; without it the service keeps no
 *                               erasure log
 * @param acknowledgementTimeout how long the log waits for Kafka to take an erasure before the
 *                               processor retries it
 * @param readTimeout            how long a re-application may take to read the whole log
 */
@ConfigurationProperties("sportello.erasure-log")
public record ErasureLogProperties(String topic,
                                   @DefaultValue("30s") Duration acknowledgementTimeout,
                                   @DefaultValue("60s") Duration readTimeout) {
}
