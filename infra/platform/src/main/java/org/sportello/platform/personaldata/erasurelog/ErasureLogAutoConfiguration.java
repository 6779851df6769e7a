package org.sportello.platform.personaldata.erasurelog;

import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.sportello.platform.personaldata.DataKeys;
import org.sportello.platform.personaldata.PersonalDataAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The erasure log, in a service that keeps personal data and names its topic
 * ({@code sportello.erasure-log.topic}): the {@code erasure-log} processor that writes every
 * {@code Erasure} event to it, and the administrators' re-application after a restore.
 */
@AutoConfiguration(after = {KafkaAutoConfiguration.class, PersonalDataAutoConfiguration.class})
@ConditionalOnClass(ConfigurerModule.class)
@ConditionalOnBean(DataKeys.class)
@ConditionalOnProperty("sportello.erasure-log.topic")
@EnableConfigurationProperties(ErasureLogProperties.class)
public class ErasureLogAutoConfiguration {

    @Bean
    ErasureLogTopic erasureLogTopic(ErasureLogProperties properties, KafkaAdmin kafkaAdmin) {
        return new ErasureLogTopic(properties.topic(), kafkaAdmin.getConfigurationProperties(),
                properties.acknowledgementTimeout());
    }

    @Bean
    ErasureLog erasureLog(ErasureLogTopic topic, KafkaProperties kafkaProperties, ErasureLogProperties properties) {
        Map<String, Object> producer = kafkaProperties.buildProducerProperties();
        // As the relay's: sent once, and acknowledged only when every in-sync replica has it.
        producer.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producer.put(ProducerConfig.ACKS_CONFIG, "all");
        producer.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        producer.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        producer.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 25_000);
        return new ErasureLog(topic,
                new DefaultKafkaProducerFactory<>(producer, new StringSerializer(), new ByteArraySerializer()),
                properties.acknowledgementTimeout());
    }

    /**
     * A failed send must stop the processor at the erasure, not be logged and skipped (Axon's
     * default): the processor retries it, and no later erasure is logged before it. No dead-letter
     * queue either: an erasure that cannot be logged is something to fix, not to set aside.
     */
    @Bean
    ConfigurerModule erasureLogProcessing() {
        return configurer -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(ErasureLog.PROCESSING_GROUP,
                        config -> PropagatingErrorHandler.instance());
    }

    @Bean
    ErasureLogReapplier erasureLogReapplier(ErasureLogProperties properties, KafkaProperties kafkaProperties,
                                            DataKeys keys, ObjectProvider<ErasureReapplication> reapplications,
                                            PlatformTransactionManager transactionManager) {
        ErasureLogReader reader = new ErasureLogReader(properties.topic(), kafkaProperties.buildConsumerProperties(),
                properties.readTimeout());
        return new ErasureLogReapplier(reader, keys, reapplications.orderedStream().toList(),
                new TransactionTemplate(transactionManager));
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @Import(ErasureLogController.class)
    static class Admin {
    }
}
