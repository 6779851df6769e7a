package org.sportello.platform.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sportello.platform.relay.RelayTestEvents.SOURCE;
import static org.sportello.platform.relay.RelayTestEvents.TOPIC;
import static org.sportello.platform.relay.RelayTestEvents.TRANSLATOR;
import static org.sportello.platform.relay.RelayTestEvents.stored;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sportello.platform.relay.RelayTestEvents.NoteTaken;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;

/**
 * The relay's decisions, against Kafka's own MockProducer (the round trip through a real broker
 * is in each service's relay ITs).
 */
class KafkaRelayTest {

    private static final int MAX_REQUEST_SIZE = 600;
    private static final RelayProperties PROPERTIES = new RelayProperties(TOPIC, SOURCE, 1, Duration.ofSeconds(2));

    /** Kept open: KafkaTemplate closes a factory's producer after each send, as it would a cached proxy. */
    private final MockProducer<String, byte[]> producer = new MockProducer<>(false, null, new StringSerializer(),
            new ByteArraySerializer()) {
        @Override
        public void close() {
        }

        @Override
        public void close(Duration timeout) {
        }
    };
    private final KafkaTemplate<String, byte[]> kafka = new KafkaTemplate<>(factory(producer));
    private UnitOfWork<?> batch;

    @AfterEach
    void endBatch() {
        if (batch != null && batch.isActive()) {
            batch.rollback();
        }
    }

    @Test
    void batchCommitsOnceKafkaHasAcknowledgedItsEvents() {
        KafkaRelay relay = new KafkaRelay(TRANSLATOR, kafka, PROPERTIES);
        DomainEventMessage<NoteTaken> event = stored("event-1", "case-1", "note");

        handle(relay, event);
        producer.completeNext();

        assertThatNoException().isThrownBy(batch::commit);
        assertThat(producer.history()).singleElement().satisfies(record -> assertThat(record.key()).isEqualTo("case-1"));
    }

    @Test
    void translatorMayKeyAContractByItsOwnIdInsteadOfAPrefixedStream() {
        ContractTranslator prefixed = new ContractTranslator() {
            @Override
            public Optional<Object> translate(Object internalEvent, org.sportello.platform.caller.Caller recordedBy) {
                return TRANSLATOR.translate(internalEvent, recordedBy);
            }

            @Override
            public String keyOf(Object contract, String storedKey) {
                return storedKey.substring(storedKey.indexOf(':') + 1);
            }
        };
        KafkaRelay relay = new KafkaRelay(prefixed, kafka, PROPERTIES);

        handle(relay, stored("event-1", "district:est-milano", "note"));
        producer.completeNext();

        assertThatNoException().isThrownBy(batch::commit);
        assertThat(producer.history()).singleElement().satisfies(record -> assertThat(record.key()).isEqualTo("est-milano"));
    }

    @Test
    void eventWhoseTranslationFailsIsUnpublishable() {
        KafkaRelay relay = new KafkaRelay((event, caller) -> {
            throw new IllegalArgumentException("no contract for this event");
        }, kafka, PROPERTIES);

        assertThatThrownBy(() -> handle(relay, stored("event-1", "case-1", "note")))
                .isInstanceOf(UnpublishableEvent.class)
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
        assertThat(producer.history()).isEmpty();
    }

    @Test
    void eventWhoseContractHasNoPublishedTypeIsUnpublishable() {
        KafkaRelay relay = new KafkaRelay((event, caller) -> Optional.of(new Untyped("case-1")), kafka, PROPERTIES);

        assertThatThrownBy(() -> handle(relay, stored("event-1", "case-1", "note")))
                .isInstanceOf(UnpublishableEvent.class);
        assertThat(producer.history()).isEmpty();
    }

    /** A contract someone forgot to give a TYPE. */
    public record Untyped(String caseId) {
    }

    @Test
    void eventLargerThanTheProducersMaxRequestSizeIsUnpublishableBeforeItIsSent() {
        KafkaRelay relay = new KafkaRelay(TRANSLATOR, kafka, PROPERTIES);
        String largeCaseId = "case-" + "x".repeat(MAX_REQUEST_SIZE);

        assertThatThrownBy(() -> handle(relay, stored("event-1", largeCaseId, "note")))
                .isInstanceOf(UnpublishableEvent.class)
                .hasMessageContaining(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
        assertThat(producer.history()).isEmpty();
    }

    @Test
    void eventKafkaRefusedForGoodFailsTheBatchOnceAndIsUnpublishableOnTheRetry() {
        KafkaRelay relay = new KafkaRelay(TRANSLATOR, kafka, PROPERTIES);
        DomainEventMessage<NoteTaken> event = stored("event-1", "case-1", "note");

        handle(relay, event);
        producer.errorNext(new RecordTooLargeException("the topic's max.message.bytes is lower"));
        assertThatThrownBy(batch::commit).isInstanceOf(RelayFailed.class);

        assertThatThrownBy(() -> handle(relay, event))
                .isInstanceOf(UnpublishableEvent.class)
                .hasMessageContaining(RecordTooLargeException.class.getSimpleName());
    }

    @Test
    void kafkaOutageFailsTheBatchButNeverMakesTheEventUnpublishable() {
        KafkaRelay relay = new KafkaRelay(TRANSLATOR, kafka, PROPERTIES);
        DomainEventMessage<NoteTaken> event = stored("event-1", "case-1", "note");

        handle(relay, event);
        producer.errorNext(new TimeoutException("Expiring 1 record(s): 25000 ms has passed since batch creation"));
        assertThatThrownBy(batch::commit).isInstanceOf(RelayFailed.class);

        handle(relay, event);
        producer.completeNext();
        assertThatNoException().isThrownBy(batch::commit);
    }

    @Test
    void retriedDeadLetterIsSentAtOnceAndStaysWhenKafkaIsStillDown() {
        KafkaRelay relay = new KafkaRelay(TRANSLATOR, kafka, PROPERTIES);
        DomainEventMessage<NoteTaken> event = stored("event-1", "case-1", "note");

        // Nothing completes the send: the acknowledgement times out inside the handler.
        assertThatThrownBy(() -> relay.on(event.getPayload(), event, new GenericDeadLetter<>("case-1", event)))
                .isInstanceOf(RelayFailed.class);
    }

    @Test
    void kafkaTellsARefusedRecordFromAPassingFailure() {
        assertThat(KafkaRelay.refusal(new RuntimeException(new RecordTooLargeException("too large")))).isNotNull();
        assertThat(KafkaRelay.refusal(new RuntimeException(new TimeoutException("no broker")))).isNull();
    }

    private void handle(KafkaRelay relay, DomainEventMessage<NoteTaken> event) {
        batch = DefaultUnitOfWork.startAndGet(event);
        relay.on(event.getPayload(), event, null);
    }

    private static ProducerFactory<String, byte[]> factory(MockProducer<String, byte[]> producer) {
        return new ProducerFactory<>() {
            @Override
            public Producer<String, byte[]> createProducer() {
                return producer;
            }

            @Override
            public Map<String, Object> getConfigurationProperties() {
                return Map.of(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_REQUEST_SIZE);
            }
        };
    }
}
