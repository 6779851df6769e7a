package org.sportello.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Node;
import org.junit.jupiter.api.Test;
import org.sportello.local.LocalKafka;
import org.sportello.local.LocalPostgres;

class TestInfrastructureTest {

    @Test
    void aNewDatabaseAcceptsConnectionsAndTables() throws Exception {
        String url = TestInfrastructure.newDatabase("infra_test");

        assertThat(url).matches("jdbc:postgresql://.+/infra_test_[0-9a-f]{8}(\\?.*)?");
        try (Connection connection = LocalPostgres.connect(url, TestInfrastructure.postgresUser(),
                TestInfrastructure.postgresPassword());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE contact (id bigint PRIMARY KEY, note text)");
            statement.execute("INSERT INTO contact VALUES (1, 'first')");
            try (ResultSet rows = statement.executeQuery("SELECT note FROM contact WHERE id = 1")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("first");
            }
        }
    }

    @Test
    void everyNewDatabaseIsAnotherOne() {
        assertThat(TestInfrastructure.newDatabase("Intake-Service"))
                .contains("/intake_service_")
                .isNotEqualTo(TestInfrastructure.newDatabase("Intake-Service"));
    }

    @Test
    void theSharedKafkaAnswersAnAdminClient() throws Exception {
        assertThat(describeCluster(TestInfrastructure.kafkaBootstrapServers())).isNotEmpty();
    }

    @Test
    void theInProcessKafkaIsHandedOutOnlyWhenItRunsHere() {
        if (TestInfrastructure.kafkaIsInProcess()) {
            assertThat(TestInfrastructure.localKafka().bootstrapServers())
                    .isEqualTo(TestInfrastructure.kafkaBootstrapServers());
        } else {
            org.assertj.core.api.Assertions.assertThatThrownBy(TestInfrastructure::localKafka)
                    .isInstanceOf(TestInfrastructure.TestInfrastructureException.class);
        }
    }

    @Test
    void aDedicatedKafkaBelongsToTheCallerAndSurvivesARestart() throws Exception {
        try (LocalKafka broker = TestInfrastructure.startDedicatedKafka()) {
            assertThat(broker.bootstrapServers()).isNotEqualTo(TestInfrastructure.kafkaBootstrapServers());
            broker.stop();
            broker.start();
            assertThat(describeCluster(broker.bootstrapServers())).isNotEmpty();
        }
    }

    @Test
    void tokensAreSignedWithTheTestSecret() {
        assertThat(TestInfrastructure.jwtSecret().getBytes()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(TestInfrastructure.token("operator-1", "OPERATOR").split("\\.")).hasSize(3);
    }

    @Test
    void theMasterKeyIsBase64OfThirtyTwoBytesAndTheSameForTheWholeJvm() {
        assertThat(Base64.getDecoder().decode(TestInfrastructure.masterKey())).hasSize(32);
        assertThat(TestInfrastructure.masterKey()).isEqualTo(TestInfrastructure.masterKey());
    }

    @Test
    void aServiceTestGetsItsOwnDatabaseKafkaSecretAndMasterKey() {
        Map<String, Supplier<Object>> properties = new HashMap<>();

        SportelloServiceTest.register(properties::put, "intake");

        assertThat(properties.get("spring.datasource.url").get()).asString().contains("/intake_");
        assertThat(properties.get("spring.datasource.username").get()).isEqualTo(TestInfrastructure.postgresUser());
        assertThat(properties.get("spring.datasource.password").get()).isEqualTo(TestInfrastructure.postgresPassword());
        assertThat(properties.get("spring.kafka.bootstrap-servers").get())
                .isEqualTo(TestInfrastructure.kafkaBootstrapServers());
        assertThat(properties.get("sportello.jwt.secret").get()).isEqualTo(TestInfrastructure.jwtSecret());
        assertThat(properties.get("sportello.personal-data.master-key").get()).isEqualTo(TestInfrastructure.masterKey());
    }

    private static java.util.Collection<Node> describeCluster(String bootstrapServers) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            return admin.describeCluster().nodes().get(30, TimeUnit.SECONDS);
        }
    }
}
