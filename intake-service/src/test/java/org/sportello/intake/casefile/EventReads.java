package org.sportello.intake.casefile;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the events that Axon's storage engine hands out when an aggregate is loaded, by wrapping
 * the engine: what a snapshot saves is then a number a test can check, not an assumption. Each
 * read of one aggregate's events is one {@link Read}; snapshots themselves are not counted.
 */
class EventReads implements BeanPostProcessor {

    /** One read of an aggregate's events, from {@code firstSequenceNumber}, and how many it returned. */
    record Read(long firstSequenceNumber, int events) {
    }

    private final Map<String, List<Counted>> reads = new ConcurrentHashMap<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof EventStorageEngine engine ? new CountingEngine(engine) : bean;
    }

    /** Forgets what was read of the aggregate so far, before the load a test is about. */
    void forget(Object aggregateId) {
        reads.remove(aggregateId.toString());
    }

    List<Read> of(Object aggregateId) {
        return reads.getOrDefault(aggregateId.toString(), List.of()).stream()
                .map(counted -> new Read(counted.firstSequenceNumber, counted.events.get()))
                .toList();
    }

    private record Counted(long firstSequenceNumber, AtomicInteger events) {
    }

    private final class CountingEngine implements EventStorageEngine {

        private final EventStorageEngine delegate;

        CountingEngine(EventStorageEngine delegate) {
            this.delegate = delegate;
        }

        @Override
        public DomainEventStream readEvents(String aggregateIdentifier) {
            return readEvents(aggregateIdentifier, 0L);
        }

        @Override
        public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
            Counted counted = new Counted(firstSequenceNumber, new AtomicInteger());
            reads.computeIfAbsent(aggregateIdentifier, id -> new CopyOnWriteArrayList<>()).add(counted);
            return new CountingStream(delegate.readEvents(aggregateIdentifier, firstSequenceNumber), counted.events);
        }

        @Override
        public void appendEvents(List<? extends EventMessage<?>> events) {
            delegate.appendEvents(events);
        }

        @Override
        public void storeSnapshot(DomainEventMessage<?> snapshot) {
            delegate.storeSnapshot(snapshot);
        }

        @Override
        public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
            return delegate.readEvents(trackingToken, mayBlock);
        }

        @Override
        public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
            return delegate.readSnapshot(aggregateIdentifier);
        }

        @Override
        public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
            return delegate.lastSequenceNumberFor(aggregateIdentifier);
        }

        @Override
        public TrackingToken createTailToken() {
            return delegate.createTailToken();
        }

        @Override
        public TrackingToken createHeadToken() {
            return delegate.createHeadToken();
        }

        @Override
        public TrackingToken createTokenAt(Instant dateTime) {
            return delegate.createTokenAt(dateTime);
        }
    }

    private static final class CountingStream implements DomainEventStream {

        private final DomainEventStream delegate;
        private final AtomicInteger events;

        CountingStream(DomainEventStream delegate, AtomicInteger events) {
            this.delegate = delegate;
            this.events = events;
        }

        @Override
        public DomainEventMessage<?> peek() {
            return delegate.peek();
        }

        @Override
        public boolean hasNext() {
            return delegate.hasNext();
        }

        @Override
        public DomainEventMessage<?> next() {
            DomainEventMessage<?> event = delegate.next();
            events.incrementAndGet();
            return event;
        }

        @Override
        public Long getLastSequenceNumber() {
            return delegate.getLastSequenceNumber();
        }
    }
}
