package org.sportello.platform.readmodel;

import javax.sql.DataSource;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;

/** In an Axon service, {@link SubscribingProjections} turns a processing group into a {@link ReadModel}. */
@AutoConfiguration
@ConditionalOnClass({EventStorageEngine.class, EventProcessingConfiguration.class})
public class AxonReadModelAutoConfiguration {

    @Bean
    SubscribingProjections subscribingProjections(EventProcessingConfiguration processing, EventStorageEngine events,
                                                  PlatformTransactionManager transactionManager, DataSource dataSource) {
        return new SubscribingProjections(processing, events, transactionManager, dataSource);
    }
}
