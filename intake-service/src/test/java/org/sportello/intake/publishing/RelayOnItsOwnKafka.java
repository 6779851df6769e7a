package org.sportello.intake.publishing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.sportello.contracts.intake.IntakeTopic;
import org.sportello.contracts.intake.v1.CaseClosed;
import org.sportello.contracts.intake.v1.CaseOpened;
import org.sportello.contracts.intake.v1.CaseTakenInCharge;
import org.sportello.contracts.intake.v1.ContactRecorded;
import org.sportello.intake.IntakeApi;
import org.sportello.intake.IntakeApplication;
import org.sportello.local.LocalKafka;
import org.sportello.platform.caller.Caller;
import org.sportello.platform.relay.ContractTranslator;
import org.sportello.testing.SportelloServiceTest;
import org.sportello.testing.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Intake on a Kafka broker of its own, which a test may stop and restart, with limits low enough
 * to hit: the relay's producer takes records up to {@value #MAX_REQUEST_SIZE} bytes, the topic up
 * to {@value #TOPIC_MAX_MESSAGE_BYTES} (so Kafka itself refuses records in between, when it
 * acknowledges the batch). Translation fails for the citizens a test {@link #poison poisons}.
 * Every subclass shares this one Spring context.
 */
@SpringBootTest(classes = IntakeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(RelayOnItsOwnKafka.PoisonableTranslation.class)
abstract class RelayOnItsOwnKafka {

    static final int MAX_REQUEST_SIZE = 8192;
    static final int TOPIC_MAX_MESSAGE_BYTES = 3500;
    static final String ADMIN = TestInfrastructure.token("admin-1", "ADMIN");

    private static LocalKafka broker;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SportelloServiceTest.register(registry, "intake_relay");
        String bootstrapServers = broker().bootstrapServers();
        registry.add("spring.kafka.bootstrap-servers", () -> bootstrapServers);
        registry.add("spring.kafka.producer.properties[max.request.size]", () -> MAX_REQUEST_SIZE);
        // Fail a batch within seconds while the broker is down, so that outages are quick to test.
        registry.add("spring.kafka.producer.properties[delivery.timeout.ms]", () -> 6000);
        registry.add("spring.kafka.producer.properties[request.timeout.ms]", () -> 3000);
        registry.add("spring.kafka.producer.properties[max.block.ms]", () -> 3000);
    }

    static synchronized LocalKafka broker() {
        if (broker == null) {
            broker = TestInfrastructure.startDedicatedKafka();
            createTopic(broker.bootstrapServers());
        }
        return broker;
    }

    /** Before the relay creates it, with a lower limit per record than the relay's producer has. */
    private static void createTopic(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(IntakeTopic.NAME, 3, (short) 1)
                    .configs(Map.of("max.message.bytes", String.valueOf(TOPIC_MAX_MESSAGE_BYTES))))).all().get();
        } catch (Exception e) {
            throw new AssertionError("could not create " + IntakeTopic.NAME + " on the dedicated broker", e);
        }
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    protected IntakeApi api;
    protected TopicReader topic;

    @BeforeEach
    void connect() {
        api = new IntakeApi(port);
        topic = new TopicReader(broker().bootstrapServers());
    }

    @AfterEach
    void disconnect() {
        topic.close();
        PoisonableTranslation.POISONED.clear();
    }

    /** From now on the citizen's case events cannot be translated (their registration still can). */
    static void poison(UUID citizenId) {
        PoisonableTranslation.POISONED.add(citizenId);
    }

    static void cure(UUID citizenId) {
        PoisonableTranslation.POISONED.remove(citizenId);
    }

    /** Wraps the service's translator, whatever its class, so that poisoned citizens' events fail. */
    @TestConfiguration(proxyBeanMethods = false)
    static class PoisonableTranslation {

        static final Set<UUID> POISONED = ConcurrentHashMap.newKeySet();

        @Bean
        static BeanPostProcessor poisonableTranslator() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof ContractTranslator translator ? new Poisonable(translator) : bean;
                }
            };
        }
    }

    private record Poisonable(ContractTranslator delegate) implements ContractTranslator {

        @Override
        public Optional<Object> translate(Object internalEvent, Caller recordedBy) {
            Optional<Object> contract = delegate.translate(internalEvent, recordedBy);
            UUID citizenId = contract.map(Poisonable::citizenOf).orElse(null);
            if (citizenId != null && PoisonableTranslation.POISONED.contains(citizenId)) {
                throw new Untranslatable(citizenId);
            }
            return contract;
        }

        private static UUID citizenOf(Object contract) {
            if (contract instanceof CaseOpened e) {
                return e.citizenId();
            }
            if (contract instanceof ContactRecorded e) {
                return e.citizenId();
            }
            if (contract instanceof CaseTakenInCharge e) {
                return e.citizenId();
            }
            return contract instanceof CaseClosed e ? e.citizenId() : null;
        }
    }

    /** What a translator bug looks like to the relay. */
    static final class Untranslatable extends RuntimeException {
        Untranslatable(UUID citizenId) {
            super("the test made the events of citizen " + citizenId + " untranslatable");
        }
    }
}
