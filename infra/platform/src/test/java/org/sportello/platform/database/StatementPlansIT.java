package org.sportello.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.sportello.testing.TestInfrastructure;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * A service's connections, as the platform's defaults make them, plan every statement for the values
 * it is given. A read model's tables start empty and grow by the million; a plan PostgreSQL cached
 * for a statement while its table was small stays until the table's statistics change, and on a
 * server without autovacuum (our CI machines) they never do: reporting's research ingest ran at 250
 * contacts a second on such plans, and at over 2,000 once every statement was planned afresh (the
 * research benchmark, 1 million contacts).
 */
class StatementPlansIT {

    @Configuration(proxyBeanMethods = false)
    @Import(DataSourceAutoConfiguration.class)
    static class DataSourceOnly {
    }

    @Test
    void everyConnectionPlansEachStatementForItsOwnValues() throws SQLException {
        String url = TestInfrastructure.newDatabase("platform_plans");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DataSourceOnly.class)
                .web(WebApplicationType.NONE)
                .properties("spring.datasource.url=" + url,
                        "spring.datasource.username=" + TestInfrastructure.postgresUser(),
                        "spring.datasource.password=" + TestInfrastructure.postgresPassword())
                .run();
             Connection connection = context.getBean(DataSource.class).getConnection();
             Statement show = connection.createStatement();
             ResultSet mode = show.executeQuery("SHOW plan_cache_mode")) {
            mode.next();
            assertThat(mode.getString(1)).isEqualTo("force_custom_plan");
        }
    }
}
