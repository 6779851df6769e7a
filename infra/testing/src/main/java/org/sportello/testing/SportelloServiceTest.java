package org.sportello.testing;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Wires a Spring Boot test of a service to the shared test infrastructure:
 * <pre>
 * &#64;DynamicPropertySource
 * static void infrastructure(DynamicPropertyRegistry registry) {
 *     SportelloServiceTest.register(registry, "intake");
 * }
 * </pre>
 * Each Spring context gets a database of its own, so contexts never see each other's events; Kafka
 * is shared, and started only if the context reads {@code spring.kafka.bootstrap-servers}.
 */
public final class SportelloServiceTest {

    private SportelloServiceTest() {
    }

    /**
     * Creates a fresh database named after {@code databasePrefix} and sets
     * {@code spring.datasource.url}, {@code .username}, {@code .password},
     * {@code spring.kafka.bootstrap-servers}, {@code sportello.jwt.secret} and
     * {@code sportello.personal-data.master-key}.
     */
    public static void register(DynamicPropertyRegistry registry, String databasePrefix) {
        // Created here, once: a supplier would create another database on every read of the property.
        String databaseUrl = TestInfrastructure.newDatabase(databasePrefix);
        registry.add("spring.datasource.url", () -> databaseUrl);
        registry.add("spring.datasource.username", TestInfrastructure::postgresUser);
        registry.add("spring.datasource.password", TestInfrastructure::postgresPassword);
        registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
        registry.add("sportello.jwt.secret", TestInfrastructure::jwtSecret);
        registry.add("sportello.personal-data.master-key", TestInfrastructure::masterKey);
        // Test JVMs keep several Spring contexts alive at once, all on one PostgreSQL server.
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "8");
    }
}
