package org.sportello.platform.readmodel;

import java.util.List;

import javax.sql.DataSource;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Declares a subscribing projection as a rebuildable read model, in a service's configuration:
 * <pre>
 * &#64;Bean
 * ReadModel projections(SubscribingProjections projections) {
 *     return projections.readModel("intake-projections", "citizen", "case_file", "contact");
 * }
 * </pre>
 * Name only the tables the group's handlers own: never a command-side claim or an audit log.
 */
public final class SubscribingProjections {

    private final EventProcessingConfiguration processing;
    private final EventStorageEngine events;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;

    SubscribingProjections(EventProcessingConfiguration processing, EventStorageEngine events,
                           PlatformTransactionManager transactionManager, DataSource dataSource) {
        this.processing = processing;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** The read model named after {@code processingGroup}, written into {@code tables}. */
    public SubscribingProjection readModel(String processingGroup, String... tables) {
        return new SubscribingProjection(processingGroup, List.of(tables), processing, events, transactions, jdbc);
    }
}
