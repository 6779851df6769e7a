package org.sportello.platform.operations;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;

/** Health contributions every service shares. */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
public class OperationsAutoConfiguration {

    /**
     * The health check's own Admin client, one for the application's life. Short timeouts: a probe
     * must answer DOWN quickly rather than hang; slow reconnects: while Kafka is away the client
     * should not flood the log or the network.
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnBean(KafkaAdmin.class)
    @ConditionalOnMissingBean(name = "kafkaHealthAdmin")
    Admin kafkaHealthAdmin(KafkaAdmin kafkaAdmin) {
        Map<String, Object> config = new HashMap<>(kafkaAdmin.getConfigurationProperties());
        int timeout = (int) KafkaHealthIndicator.TIMEOUT.toMillis();
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeout);
        config.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 10_000);
        config.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, "sportello-health");
        return Admin.create(config);
    }

    @Bean
    @ConditionalOnBean(name = "kafkaHealthAdmin")
    @ConditionalOnMissingBean(name = "kafkaHealthIndicator")
    KafkaHealthIndicator kafkaHealthIndicator(Admin kafkaHealthAdmin) {
        return new KafkaHealthIndicator(kafkaHealthAdmin);
    }
}
