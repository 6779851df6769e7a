package org.sportello.intake.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.sportello.testing.TestInfrastructure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database of intake from before it consumed scheduling's events gains the platform's
 * {@code processed_event}, whose migration is older than intake's latest, and the known offices:
 * no Spring context, only Flyway with intake's settings.
 */
class KnownOfficeMigrationIT {

    /** Intake's locations and last migration before it consumed any topic. */
    private static final String[] BEFORE = {"classpath:db/axon", "classpath:db/personal-data", "classpath:db/jobs",
            "classpath:db/migration"};
    private static final String LAST_BEFORE = "20261202.1400";
    /** As application.properties sets them now. */
    private static final String[] NOW = {"classpath:db/axon", "classpath:db/personal-data", "classpath:db/jobs",
            "classpath:db/consuming", "classpath:db/migration"};

    @Test
    void databaseMigratedBeforeGainsProcessedEventsAndKnownOffices() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(TestInfrastructure.newDatabase("intake_offices"),
                TestInfrastructure.postgresUser(), TestInfrastructure.postgresPassword());
        Flyway.configure().dataSource(dataSource).locations(BEFORE).target(LAST_BEFORE).load().migrate();

        Flyway.configure().dataSource(dataSource).locations(NOW).outOfOrder(true).load().migrate();

        List<String> tables = JdbcClient.create(dataSource).sql("SELECT table_name FROM information_schema.tables "
                + "WHERE table_name IN ('processed_event', 'known_office', 'known_appointment', 'appointment_contact_claim')")
                .query(String.class).list();
        assertThat(tables).containsExactlyInAnyOrder("processed_event", "known_office", "known_appointment",
                "appointment_contact_claim");
    }
}
