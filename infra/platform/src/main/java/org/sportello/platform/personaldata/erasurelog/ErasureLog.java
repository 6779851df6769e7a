package org.sportello.platform.personaldata.erasurelog;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.sportello.platform.personaldata.Erasure;

/**
 * Writes every erasure the service records to its erasure log, a compacted Kafka topic that
 * outlives the service's database: restored from a backup older than an erasure, the database
 * holds the subject's key again, and the log is what says to shred it again
 * ({@link ErasureLogReapplier}).
 *
 * <p>A streaming processor of its own, whose token lives in the service's database: it handles
 * any event that implements {@link Erasure}, and waits for Kafka to acknowledge each before the
 * token moves on, so that an erasure is never marked logged before Kafka has it. When Kafka is
 * down the handler fails, the error propagates, and the processor retries from the same token.
 */
@ProcessingGroup(ErasureLog.PROCESSING_GROUP)
public class ErasureLog implements DisposableBean {

    public static final String PROCESSING_GROUP = "erasure-log";

    private final ErasureLogTopic topic;
    private final DefaultKafkaProducerFactory<String, byte[]> producers;
    private final KafkaTemplate<String, byte[]> kafka;
    private final Duration acknowledgementTimeout;

    ErasureLog(ErasureLogTopic topic, DefaultKafkaProducerFactory<String, byte[]> producers,
               Duration acknowledgementTimeout) {
        this.topic = topic;
        this.producers = producers;
        this.kafka = new KafkaTemplate<>(producers);
        this.acknowledgementTimeout = acknowledgementTimeout;
    }

    @EventHandler
    public void on(Erasure erasure) {
        topic.ensure();
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic.name(),
                ErasureLogRecords.key(erasure.subject()), ErasureLogRecords.value(erasure));
        try {
            kafka.send(record).get(acknowledgementTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ErasureLogFailed("interrupted while logging the erasure of " + erasure.subject(), e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            throw new ErasureLogFailed("Kafka did not take the erasure of " + erasure.subject()
                    + " into " + topic.name() + "; it will be retried", e);
        }
    }

    @Override
    public void destroy() {
        producers.destroy();
    }
}
