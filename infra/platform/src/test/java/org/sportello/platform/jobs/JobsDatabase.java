package org.sportello.platform.jobs;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.flywaydb.core.Flyway;
import org.sportello.testing.TestInfrastructure;

/** A new, real PostgreSQL database with the jobs' table, migrated as a service migrates it. */
final class JobsDatabase implements AutoCloseable {

    private final String url;
    private final HikariDataSource dataSource;

    JobsDatabase() {
        this(true);
    }

    /** A database without the jobs' table, as a service's would be that forgot the Flyway location. */
    static JobsDatabase withoutTable() {
        return new JobsDatabase(false);
    }

    private JobsDatabase(boolean migrated) {
        url = TestInfrastructure.newDatabase("platform_jobs");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(TestInfrastructure.postgresUser());
        config.setPassword(TestInfrastructure.postgresPassword());
        config.setMaximumPoolSize(6);
        config.setMinimumIdle(0);
        dataSource = new HikariDataSource(config);
        if (migrated) {
            Flyway.configure().dataSource(dataSource).locations(JobsAutoConfiguration.MIGRATIONS).load().migrate();
        }
    }

    String url() {
        return url;
    }

    DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
