package org.sportello.intake.publishing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.sportello.contracts.intake.IntakeTopic;
import org.sportello.contracts.intake.v1.CaseClosed;
import org.sportello.contracts.intake.v1.CaseOpened;
import org.sportello.contracts.intake.v1.CaseTakenInCharge;
import org.sportello.contracts.intake.v1.ContactRecorded;
import org.sportello.intake.IntakeApi;
import org.sportello.intake.IntakeApplication;
import org.sportello.intake.IntakeRequests;
import org.sportello.intake.SchedulingEvents;
import org.sportello.local.LocalKafka;
import org.sportello.platform.caller.Caller;
import org.sportello.platform.relay.ContractTranslator;
import org.sportello.testing.SportelloServiceTest;
import org.sportello.testing.TestInfrastructure;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Intake on a Kafka broker of its own, which a test may stop and restart, with limits low enough
 * to hit: the relay's producer takes records up to {@value #MAX_REQUEST_SIZE} bytes, the topic up
 * to {@value #TOPIC_MAX_MESSAGE_BYTES} (so Kafka itself refuses records in between, when it
 * acknowledges the batch). Translation fails for the citizens a test {@link #poison poisons}.
 *
 * <p>Started by each test class itself, on a database of its own, and closed after it, rather
 * than as a second cached Spring test context: the test framework pauses a cached context while
 * another one is in use, and Axon's processors cannot be started again after that stop, which
 * would break every later test of {@code RunningIntake}'s context in the same JVM.
 */
abstract class RelayOnItsOwnKafka {

    static final int MAX_REQUEST_SIZE = 2048;
    static final int TOPIC_MAX_MESSAGE_BYTES = 1024;
    static final String ADMIN = TestInfrastructure.token("admin-1", "ADMIN");

    private static LocalKafka broker;
    private static ConfigurableApplicationContext intake;

    protected int port;
    protected JdbcClient jdbc;
    protected IntakeApi api;
    protected TopicReader topic;

    @BeforeAll
    static void startIntake() {
        Map<String, Object> properties = new LinkedHashMap<>();
        SportelloServiceTest.register((name, value) -> properties.put(name, value.get()), "intake_relay");
        properties.put("server.port", 0);
        properties.put("spring.kafka.bootstrap-servers", broker().bootstrapServers());
        properties.putAll(SchedulingEvents.consumerGroupsOfANewIntake());
        properties.put("spring.kafka.producer.properties[max.request.size]", MAX_REQUEST_SIZE);
        // Fail a batch within seconds while the broker is down, so that outages are quick to test.
        properties.put("spring.kafka.producer.properties[delivery.timeout.ms]", 6000);
        properties.put("spring.kafka.producer.properties[request.timeout.ms]", 3000);
        properties.put("spring.kafka.producer.properties[max.block.ms]", 3000);
        // Command-line arguments, which rank above application.properties (as the test context's would).
        String[] arguments = properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue()).toArray(String[]::new);
        intake = new SpringApplicationBuilder(IntakeApplication.class, PoisonableTranslation.class).run(arguments);
        SchedulingEvents.ensureOfficesKnown(broker().bootstrapServers(), intake.getBean(JdbcClient.class),
                IntakeRequests.OFFICE);
    }

    @AfterAll
    static void stopIntake() {
        if (intake != null) {
            intake.close();
            intake = null;
        }
    }

    static synchronized LocalKafka broker() {
        if (broker == null) {
            broker = TestInfrastructure.startDedicatedKafka();
            createTopic(broker.bootstrapServers());
            SchedulingEvents.createTopicIfMissing(broker.bootstrapServers());
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

    @BeforeEach
    void connect() {
        port = Integer.parseInt(intake.getEnvironment().getRequiredProperty("local.server.port"));
        jdbc = intake.getBean(JdbcClient.class);
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

    /**
     * Wraps the service's translator, whatever its class, so that poisoned citizens' events fail.
     * A source of the application only, deliberately without a stereotype: component scanning
     * would otherwise put it into every intake context of the test JVM.
     */
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
