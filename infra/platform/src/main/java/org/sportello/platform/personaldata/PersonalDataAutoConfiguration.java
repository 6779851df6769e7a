package org.sportello.platform.personaldata;

import java.time.Clock;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.sportello.platform.eventstore.StoredEventsAutoConfiguration;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Personal data encrypted at rest, in every service with an event store (those are the services
 * that hold personal data). The master key is the one setting it needs, and without it the
 * service does not start: its tables hold {@code data_key}, {@code service_key} and the log of
 * reads, {@code personal_data_read} ({@code classpath:db/personal-data} in the service's Flyway
 * locations).
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass(EventSchema.class)
@EnableConfigurationProperties(PersonalDataProperties.class)
public class PersonalDataAutoConfiguration {

    @Bean
    DataKeys dataKeys(JdbcClient jdbc, PlatformTransactionManager transactionManager, PersonalDataProperties properties,
                      Clock clock) {
        // Parsed here, so a missing or malformed key stops the start with a message that names the setting.
        return new DataKeys(jdbc, new TransactionTemplate(transactionManager), MasterKeys.from(properties), clock,
                properties);
    }

    @Bean
    PersonalDataCipher personalDataCipher(DataKeys keys) {
        JsonMapper.Builder values = JsonMapper.builder();
        StoredEventsAutoConfiguration.readStoredEventsForEver(values);
        return new PersonalDataCipher(keys, values.build());
    }

    @Bean
    PersonalDataReads personalDataReads(JdbcClient jdbc, Clock clock) {
        return new PersonalDataReads(jdbc, clock);
    }

    @Bean
    KeyedHashes keyedHashes(DataKeys keys, PlatformTransactionManager transactionManager) {
        TransactionTemplate own = new TransactionTemplate(transactionManager);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return new KeyedHashes(keys, own);
    }

    /** After Flyway: keys wrapped by a master key this service was not given stop the start, not the first read. */
    @Bean
    ApplicationRunner masterKeyCheck(DataKeys keys) {
        return arguments -> keys.checkMasterKeys();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @Import(DataKeyController.class)
    static class Admin {
    }
}
