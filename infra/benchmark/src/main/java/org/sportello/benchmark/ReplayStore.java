package org.sportello.benchmark;

import java.util.function.Supplier;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One event store of the benchmark: a schema of the scratch database with the tables a service's
 * Flyway creates ({@link #MIGRATIONS}), the read tables its projection writes, and Axon's JDBC
 * storage engine on them as the services configure it. Reads, writes and key loads of a replay
 * share one Spring transaction, as in a service's rebuild.
 */
final class ReplayStore implements AutoCloseable {

    /** What intake's Flyway applies from the platform, so the tables are the services' own. */
    static final String[] MIGRATIONS = {"classpath:db/axon", "classpath:db/personal-data"};

    private final String schema;
    private final EventSchema eventSchema;
    private final HikariDataSource dataSource;
    private final DataSourceTransactionManager transactionManager;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;

    private ReplayStore(String schema, EventSchema eventSchema, HikariDataSource dataSource) {
        this.schema = schema;
        this.eventSchema = eventSchema;
        this.dataSource = dataSource;
        this.transactionManager = new DataSourceTransactionManager(dataSource);
        this.transactions = new TransactionTemplate(transactionManager);
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Migrates {@code schema} of the database and creates the read tables given as DDL. */
    static ReplayStore create(String databaseUrl, String user, String password, String schema, EventSchema eventSchema,
                              String readTables) {
        Flyway.configure().dataSource(databaseUrl, user, password).schemas(schema).locations(MIGRATIONS)
                .load().migrate();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(databaseUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setSchema(schema);
        config.setMaximumPoolSize(4);
        config.setPoolName("replay-" + schema);
        ReplayStore store = new ReplayStore(schema, eventSchema, new HikariDataSource(config));
        store.jdbc.execute(readTables);
        return store;
    }

    String schema() {
        return schema;
    }

    /** The pool whose transaction a replay runs in; a cipher given it loads its keys in that transaction. */
    DataSource dataSource() {
        return dataSource;
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    <T> T inTransaction(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }

    /** Axon's JDBC storage engine as the platform configures it, writing and reading with {@code serializer}. */
    JdbcEventStorageEngine events(Serializer serializer) {
        return JdbcEventStorageEngine.builder()
                .connectionProvider(new SpringDataSourceConnectionProvider(dataSource))
                .transactionManager(new SpringTransactionManager(transactionManager))
                .schema(eventSchema)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .build();
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
