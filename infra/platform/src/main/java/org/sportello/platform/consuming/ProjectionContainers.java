package org.sportello.platform.consuming;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.ContainerProperties.AckMode;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The Kafka consumers of every {@link KafkaProjection}: one batch listener container each, in the
 * projection's own group, whose offsets are committed only after the listener returned, i.e.
 * after its database transaction committed and its dead letters were sent.
 *
 * <p>Why a short session timeout ({@code sportello.consuming.session-timeout}, 6 s, with a
 * heartbeat every 2 s): a consumer killed without leaving its group (kill -9, a lost node) keeps
 * its partitions until the broker gives up on its session, Kafka's default 45 s, and a restarted
 * instance's join waits for that too. 6 s is the smallest the broker allows by default
 * ({@code group.min.session.timeout.ms}); heartbeats come from the client's own thread, so only a
 * pause of the whole JVM for that long causes a needless rebalance, which costs a redelivered
 * batch that {@code processed_event} recognises. Static membership ({@code group.instance.id})
 * was the other way: it saves the rebalance on a restart only if each instance keeps a unique,
 * stable id, which a Kubernetes Deployment's pods do not; with a new id the dead one's partitions
 * would wait the full session timeout, and a rebuild could not reset the group's offsets until then.
 */
public class ProjectionContainers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProjectionContainers.class);

    private final Map<String, ConcurrentMessageListenerContainer<String, byte[]>> containers = new LinkedHashMap<>();
    private final DeadLetterTopics deadLetters;
    private volatile boolean running;

    public ProjectionContainers(List<KafkaProjection<?>> projections, KafkaProperties kafka, ConsumingProperties settings,
                                ContractSchemas schemas, ProcessedEvents processed, DeadLetterTopics deadLetters,
                                PlatformTransactionManager transactionManager, MeterRegistry meters) {
        this.deadLetters = deadLetters;
        DefaultKafkaConsumerFactory<String, byte[]> consumers = consumerFactory(kafka, settings, meters);
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        for (KafkaProjection<?> projection : projections) {
            if (projection.name().length() > ProcessedEvents.MAX_PROJECTION_NAME_LENGTH) {
                throw new IllegalStateException("Projection name " + projection.name() + " is longer than "
                        + ProcessedEvents.MAX_PROJECTION_NAME_LENGTH + " characters");
            }
            if (containers.containsKey(projection.name())) {
                throw new IllegalStateException("Two projections are named " + projection.name());
            }
            containers.put(projection.name(), container(projection, consumers, schemas, processed, transactions));
        }
    }

    private static DefaultKafkaConsumerFactory<String, byte[]> consumerFactory(KafkaProperties kafka,
                                                                               ConsumingProperties settings,
                                                                               MeterRegistry meters) {
        Map<String, Object> consumer = kafka.buildConsumerProperties();
        // A new projection (or one being rebuilt) starts from the first event on the topic.
        consumer.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // Offsets are the container's to commit, after the transaction; never on a timer before it.
        consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // The topics belong to the services that publish on them: a consumer that starts first must
        // wait for the topic, not create it with the broker's default partition count.
        consumer.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        // See the class comment; spring.kafka.consumer.properties.* still wins.
        consumer.putIfAbsent(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, (int) settings.sessionTimeout().toMillis());
        consumer.putIfAbsent(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, (int) settings.heartbeatInterval().toMillis());
        // Values stay bytes: the envelope and the value are read by ContractRecords, where a value
        // that is not JSON becomes a dead letter rather than a deserialiser failure in the poll loop.
        var factory = new DefaultKafkaConsumerFactory<>(consumer, new StringDeserializer(), new ByteArrayDeserializer());
        // The Kafka client's own metrics, among them kafka_consumer_fetch_manager_records_lag_max:
        // how far each projection is behind the topic.
        factory.addListener(new MicrometerConsumerListener<>(meters));
        return factory;
    }

    private <T> ConcurrentMessageListenerContainer<String, byte[]> container(
            KafkaProjection<T> projection, DefaultKafkaConsumerFactory<String, byte[]> consumers, ContractSchemas schemas,
            ProcessedEvents processed, TransactionTemplate transactions) {
        ContainerProperties properties = new ContainerProperties(projection.topic());
        properties.setGroupId(projection.groupId());
        properties.setClientId(projection.name());
        properties.setAckMode(AckMode.BATCH);
        properties.setMessageListener(new ProjectionListener<>(projection, new ContractRecords<>(projection, schemas),
                processed, deadLetters, transactions));
        var container = new ConcurrentMessageListenerContainer<>(consumers, properties);
        container.setBeanName(projection.name());
        container.setConcurrency(projection.concurrency());
        container.setCommonErrorHandler(retryUntilItWorks());
        return container;
    }

    /**
     * Poison records never reach the error handler (they are dead letters, see
     * {@link ProjectionListener}); what does is a failure a retry can cure, typically the database
     * being unreachable. Spring Kafka's default gives up after ten attempts and skips the whole
     * batch, losing its events for good; instead the batch is retried, with the partitions paused,
     * until it commits.
     */
    private static DefaultErrorHandler retryUntilItWorks() {
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(30_000);
        backOff.setMaxElapsedTime(Long.MAX_VALUE);
        backOff.setMaxAttempts(Long.MAX_VALUE);
        return new DefaultErrorHandler(backOff);
    }

    /** The container of the projection named {@code name}: stopped and started by a rebuild, watched by tests. */
    public MessageListenerContainer container(String name) {
        MessageListenerContainer container = containers.get(name);
        if (container == null) {
            throw new IllegalArgumentException("No Kafka projection is named " + name);
        }
        return container;
    }

    @Override
    public void start() {
        containers.forEach((name, container) -> {
            try {
                // Before any poison arrives, so that the dead-letter topic is there to watch.
                deadLetters.ensureTopic(container.getContainerProperties().getTopics()[0]);
            } catch (RuntimeException e) {
                log.warn("Cannot create the dead-letter topic of projection {} yet; it is created before its first "
                        + "dead letter: {}", name, e.getMessage());
            }
            container.start();
        });
        running = true;
    }

    @Override
    public void stop() {
        containers.values().forEach(ConcurrentMessageListenerContainer::stop);
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** With Spring Kafka's own listener containers: after everything they call has started. */
    @Override
    public int getPhase() {
        return AbstractMessageListenerContainer.DEFAULT_PHASE;
    }
}
