package org.sportello.intake.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.sportello.testing.TestInfrastructure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The reads intake logged in its own table, keyed by citizen, move into the platform's log, keyed by
 * subject (a citizen's subject is their citizen id), with their ids, and new reads follow them: no
 * Spring context, only Flyway with intake's settings.
 */
class PersonalDataReadMigrationIT {

    private static final String[] LOCATIONS = {"classpath:db/axon", "classpath:db/personal-data", "classpath:db/jobs",
            "classpath:db/consuming", "classpath:db/migration"};
    /** Intake's last migration before the platform kept the log. */
    private static final String LAST_BEFORE = "20261203.1400";

    @Test
    void readsLoggedByCitizenStayInThePlatformsLogBySubject() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(TestInfrastructure.newDatabase("intake_reads"),
                TestInfrastructure.postgresUser(), TestInfrastructure.postgresPassword());
        JdbcClient jdbc = JdbcClient.create(dataSource);
        Flyway.configure().dataSource(dataSource).locations(LOCATIONS).target(LAST_BEFORE).load().migrate();
        UUID citizen = UUID.randomUUID();
        Timestamp readAt = Timestamp.from(Instant.parse("2026-11-30T10:15:00Z"));
        for (String what : List.of("citizen record", "case 1")) {
            jdbc.sql("INSERT INTO personal_data_read (citizen_id, operator_id, read_at, what) VALUES (?, 'op-1', ?, ?)")
                    .params(citizen, readAt, what).update();
        }

        Flyway.configure().dataSource(dataSource).locations(LOCATIONS).outOfOrder(true).load().migrate();
        jdbc.sql("INSERT INTO personal_data_read (subject_id, operator_id, read_at, what) VALUES (?, 'op-2', now(), 'contact 2')")
                .param(citizen).update();

        assertThat(jdbc.sql("SELECT id || ' ' || operator_id || ' ' || what FROM personal_data_read "
                        + "WHERE subject_id = ? ORDER BY id")
                .param(citizen).query(String.class).list())
                .containsExactly("1 op-1 citizen record", "2 op-1 case 1", "3 op-2 contact 2");
        assertThat(jdbc.sql("SELECT read_at FROM personal_data_read WHERE id = 1").query(Timestamp.class).single())
                .isEqualTo(readAt);
        assertThat(jdbc.sql("SELECT count(*) FROM information_schema.tables WHERE table_name = 'personal_data_read_by_citizen'")
                .query(Long.class).single()).as("intake's own table is gone").isZero();
    }
}
