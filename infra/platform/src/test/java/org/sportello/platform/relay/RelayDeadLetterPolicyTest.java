package org.sportello.platform.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sportello.platform.relay.RelayTestEvents.stored;

import org.apache.kafka.common.errors.TimeoutException;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;

class RelayDeadLetterPolicyTest {

    private final RelayDeadLetterPolicy policy = new RelayDeadLetterPolicy();
    private final EventMessage<?> event = stored("event-1", "case-1", "note");
    private final DeadLetter<EventMessage<?>> letter = new GenericDeadLetter<>("case-1", event);

    @Test
    void unpublishableEventIsDeadLetteredWithItsCause() {
        EnqueueDecision<EventMessage<?>> decision = policy.decide(letter,
                new UnpublishableEvent("event-1 is too large for Kafka", null));

        assertThat(decision.shouldEnqueue()).isTrue();
        assertThat(decision.enqueueCause()).hasValueSatisfying(cause ->
                assertThat(cause).hasMessageContaining("too large"));
    }

    @Test
    void kafkaOutageIsNeverDeadLetteredButFailsTheBatch() {
        RelayFailed outage = new RelayFailed("Kafka did not acknowledge", new TimeoutException("no broker"));

        assertThatThrownBy(() -> policy.decide(letter, outage)).isSameAs(outage);
    }

    @Test
    void causeMessageIsTruncatedToTheDeadLetterTable() {
        EnqueueDecision<EventMessage<?>> decision = policy.decide(letter, new UnpublishableEvent("x".repeat(5000), null));

        assertThat(decision.enqueueCause()).hasValueSatisfying(cause ->
                assertThat(cause.getMessage()).hasSizeLessThanOrEqualTo(1023));
    }

    @Test
    void deadLetterThatFailsAgainWhenRetriedStaysInTheQueue() {
        UnitOfWork<?> retry = DefaultUnitOfWork.startAndGet(event);
        retry.resources().put(DeadLetter.class.getName(), letter);
        try {
            EnqueueDecision<EventMessage<?>> decision = policy.decide(letter,
                    new RelayFailed("Kafka did not acknowledge", new TimeoutException("no broker")));

            assertThat(decision.shouldEnqueue()).isTrue();
        } finally {
            retry.rollback();
        }
    }
}
