package org.sportello.intake.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.sportello.testing.TestInfrastructure;

/**
 * The claims start from the cases open when the migration runs, as the read model written by every
 * accepted command holds them; no Spring context, only Flyway on a database of its own.
 */
class OpenCaseClaimMigrationIT {

    /** The last migration before the claims existed. */
    private static final String BEFORE_CLAIMS = "20261123.1000";

    @Test
    void eachCitizensCaseThatIsNotClosedBecomesItsClaim() {
        Database database = new Database();
        database.migrate(BEFORE_CLAIMS);
        UUID withOpenCase = database.citizen("RSSMRA80A01F704A");
        UUID withCaseInCharge = database.citizen("BNCLRA85M41F205X");
        UUID withOnlyClosedCases = database.citizen("VRDGPP70C10L219K");
        UUID open = database.caseOf(withOpenCase, "OPEN");
        UUID inCharge = database.caseOf(withCaseInCharge, "IN_CHARGE");
        database.caseOf(withCaseInCharge, "CLOSED");
        database.caseOf(withOnlyClosedCases, "CLOSED");

        database.migrate(null);

        assertThat(database.claims()).isEqualTo(Map.of(withOpenCase, open, withCaseInCharge, inCharge));
    }

    @Test
    void citizenWithTwoOpenCasesStopsTheMigrationRatherThanHavingOneChosenForThem() {
        Database database = new Database();
        database.migrate(BEFORE_CLAIMS);
        UUID citizen = database.citizen("RSSMRA80A01F704A");
        database.caseOf(citizen, "OPEN");
        database.caseOf(citizen, "IN_CHARGE");

        assertThatThrownBy(() -> database.migrate(null)).isInstanceOf(FlywayException.class);
    }

    private static final class Database {

        private final DriverManagerDataSource dataSource = new DriverManagerDataSource(
                TestInfrastructure.newDatabase("intake_migration"), TestInfrastructure.postgresUser(),
                TestInfrastructure.postgresPassword());
        private final JdbcClient jdbc = JdbcClient.create(dataSource);

        /** Migrates up to {@code target}, or to the latest version when null. */
        void migrate(String target) {
            var configuration = Flyway.configure().dataSource(dataSource)
                    .locations("classpath:db/axon", "classpath:db/personal-data", "classpath:db/migration");
            if (target != null) {
                configuration.target(target);
            }
            configuration.load().migrate();
        }

        UUID citizen(String fiscalCode) {
            UUID citizenId = UUID.randomUUID();
            jdbc.sql("INSERT INTO fiscal_code_claim (fiscal_code, citizen_id) VALUES (?, ?)")
                    .params(fiscalCode, citizenId).update();
            jdbc.sql("""
                            INSERT INTO citizen (citizen_id, fiscal_code, first_name, last_name, birth_date, sex,
                                                 municipality_of_residence, registered_at)
                            VALUES (?, ?, 'Anna', 'Rossi', DATE '1980-01-01', 'F', 'Monza', now())""")
                    .params(citizenId, fiscalCode).update();
            return citizenId;
        }

        UUID caseOf(UUID citizenId, String state) {
            UUID caseId = UUID.randomUUID();
            jdbc.sql("""
                            INSERT INTO case_file (case_id, citizen_id, office_id, state, opened_at)
                            VALUES (?, ?, 'monza-san-rocco', ?, now())""")
                    .params(caseId, citizenId, state).update();
            return caseId;
        }

        Map<UUID, UUID> claims() {
            return jdbc.sql("SELECT citizen_id, case_id FROM open_case_claim")
                    .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                    .list().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        }
    }
}
