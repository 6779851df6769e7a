package org.sportello.reporting.consuming;

import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.MicrometerConsumerListener;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.kafka.listener.ContainerProperties.AckMode;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The Kafka consumers every projection uses: batch listeners whose offsets are committed only
 * after the listener returned, i.e. after its database transaction committed.
 */
@Configuration(proxyBeanMethods = false)
public class ProjectionConsumers {

    /** The {@code containerFactory} of every projection's {@code @KafkaListener}. */
    public static final String CONTAINER_FACTORY = "projectionContainerFactory";

    @Bean(CONTAINER_FACTORY)
    ConcurrentKafkaListenerContainerFactory<String, byte[]> projectionContainerFactory(KafkaProperties kafka,
                                                                                      MeterRegistry meters) {
        Map<String, Object> consumer = kafka.buildConsumerProperties();
        // A new projection (or a new group to rebuild one) starts from the first event on the topic.
        consumer.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // Offsets are the container's to commit, after the transaction; never on a timer before it.
        consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // The topics belong to the services that publish on them: a consumer that starts first must
        // wait for the topic, not create it with the broker's default partition count.
        consumer.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);

        var factory = new ConcurrentKafkaListenerContainerFactory<String, byte[]>();
        // Values stay bytes: each projection reads the contract with ContractJson, and a value that
        // is not JSON becomes a skipped record rather than a deserialiser failure in the poll loop.
        var consumers = new DefaultKafkaConsumerFactory<>(consumer, new StringDeserializer(), new ByteArrayDeserializer());
        // The Kafka client's own metrics, among them kafka_consumer_fetch_manager_records_lag_max:
        // how far each projection is behind the topic.
        consumers.addListener(new MicrometerConsumerListener<>(meters));
        factory.setConsumerFactory(consumers);
        factory.setBatchListener(true);
        factory.getContainerProperties().setAckMode(AckMode.BATCH);
        factory.setCommonErrorHandler(retryUntilItWorks());
        return factory;
    }

    /**
     * Unreadable records never reach the error handler (see {@link ContractRecords}); what does is a
     * failure a retry can cure, typically the database being unreachable. Spring Kafka's default
     * gives up after ten attempts and skips the whole batch, losing its events for good; instead
     * the batch is retried, with the partitions paused, until it commits.
     */
    private static DefaultErrorHandler retryUntilItWorks() {
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(30_000);
        backOff.setMaxElapsedTime(Long.MAX_VALUE);
        backOff.setMaxAttempts(Long.MAX_VALUE);
        return new DefaultErrorHandler(backOff);
    }
}
