package org.sportello.platform.relay;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which failures of the relay become dead letters: only {@link UnpublishableEvent}, an event that
 * no retry can publish. Everything else, above all Kafka being unreachable, must never be parked
 * (it would reach consumers late and out of the processor's order for no reason): in the
 * processor's normal flow the policy rethrows it, so the batch fails and is retried as before. A
 * dead letter that an administrator retries and that fails again, for whatever reason, simply
 * stays where it is.
 */
final class RelayDeadLetterPolicy implements EnqueuePolicy<EventMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(RelayDeadLetterPolicy.class);

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        // Truncated to the dead_letter_entry.cause_message column.
        if (unpublishable(cause)) {
            if (!retryingDeadLetter()) {
                // Axon itself says nothing above debug; without this the relay would fall silent on it.
                log.warn("Dead-lettered {}; the later events of its aggregate wait behind it until an "
                        + "administrator retries it: {}", letter.message().getIdentifier(), cause.getMessage());
            }
            return Decisions.enqueue(ThrowableCause.truncated(cause));
        }
        if (retryingDeadLetter()) {
            return Decisions.requeue(ThrowableCause.truncated(cause));
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw new RelayFailed("the relay failed on event " + letter.message().getIdentifier()
                + "; the batch will be retried", cause);
    }

    private static boolean unpublishable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnpublishableEvent) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** Axon processes a dead letter in a unit of work that holds it as a resource (see DeadLetteredEventProcessingTask). */
    private static boolean retryingDeadLetter() {
        return CurrentUnitOfWork.isStarted()
                && CurrentUnitOfWork.get().getResource(DeadLetter.class.getName()) != null;
    }
}
