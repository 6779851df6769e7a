package org.sportello.platform.relay;

import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/** Wires the {@link KafkaRelay} in any service that declares a {@link ContractTranslator}. */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@ConditionalOnClass(ConfigurerModule.class)
@ConditionalOnBean(ContractTranslator.class)
@EnableConfigurationProperties(RelayProperties.class)
public class KafkaRelayAutoConfiguration {

    @Bean
    KafkaTemplate<String, byte[]> relayKafkaTemplate(KafkaProperties kafkaProperties) {
        Map<String, Object> producer = kafkaProperties.buildProducerProperties();
        producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        // The relay's guarantees rest on these two: no duplicates from producer retries, and an
        // acknowledgement only once every in-sync replica has the event.
        producer.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producer.put(ProducerConfig.ACKS_CONFIG, "all");
        // When Kafka is down, fail the batch in seconds (the processor retries it) rather than
        // blocking the relay for the client's default minute.
        producer.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        producer.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        producer.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 25_000);
        producer.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(producer));
    }

    @Bean
    KafkaRelay kafkaRelay(ContractTranslator translator, KafkaTemplate<String, byte[]> relayKafkaTemplate,
                          RelayProperties properties) {
        return new KafkaRelay(translator, relayKafkaTemplate, properties);
    }

    /**
     * A failed send must stop the batch, not be logged and skipped (Axon's default), or events would
     * be lost. An event that can never be published goes to the group's dead-letter queue instead,
     * on Axon's {@code dead_letter_entry} table, sequenced per aggregate (the group's default
     * sequencing policy): the aggregate's later events wait behind it, in order, while other
     * aggregates' events keep flowing. The policy decides what counts as never publishable.
     */
    @Bean
    ConfigurerModule kafkaRelayProcessing(ConnectionProvider connectionProvider, TransactionManager transactionManager,
                                          DeadLetterSchema deadLetterSchema) {
        String group = KafkaRelay.PROCESSING_GROUP;
        return configurer -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(group, config -> PropagatingErrorHandler.instance())
                .registerDeadLetterQueue(group, config -> JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                        .processingGroup(group)
                        .connectionProvider(connectionProvider)
                        .transactionManager(transactionManager)
                        .schema(deadLetterSchema)
                        .genericSerializer(config.serializer())
                        .eventSerializer(config.eventSerializer())
                        .build())
                .registerDeadLetterPolicy(group, config -> new RelayDeadLetterPolicy())
                // Without the cache every event costs a query for whether its aggregate is parked.
                .registerDeadLetteringEventHandlerInvokerConfiguration(group,
                        (config, builder) -> builder.enableSequenceIdentifierCache());
    }

    @Bean
    NewTopic relayTopic(RelayProperties properties) {
        return TopicBuilder.name(properties.topic()).partitions(properties.partitions()).build();
    }
}
