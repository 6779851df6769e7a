package org.sportello.platform.readmodel;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The read model that a subscribing processing group writes into its own tables, rebuilt from the
 * service's event store. A rebuild is one database transaction:
 * <ol>
 *   <li>lock the tables ({@code ACCESS EXCLUSIVE}) and truncate them;</li>
 *   <li>read every event of the event store, from the first, and hand each to the processing
 *       group's event handlers (with the processor's interceptors, in a unit of work of its own,
 *       marked as a replay so that {@code @DisallowReplay} handlers are left out);</li>
 *   <li>commit, and answer {@link Rebuild.Completion#COMPLETED} with the number of events read.</li>
 * </ol>
 * A handler that fails rolls the whole rebuild back: the old rows stay as they were.
 *
 * <p><b>Commands and reads wait; they never interleave.</b> The group's handlers run in the
 * command's transaction and write these same tables, so a command that arrives during a rebuild
 * blocks on the table locks until the rebuild commits, then writes its rows on top of the rebuilt
 * ones; its events, not yet committed, were not part of the replay. Reads of the tables wait too,
 * rather than see a half-built read model. A command that committed before the locks were taken is
 * in the replay. This holds as long as every handler of the group writes only to {@code tables}.
 *
 * <p>The rebuild never waits for a lock while holding another: it asks for all of them with a short
 * {@code lock_timeout} and, when a command holds one, gives them all back and tries again. Commands
 * take the same tables in different orders (a contact locks the citizen first, a closure the case),
 * so waiting while holding could deadlock with one of them, and PostgreSQL would then abort either
 * side. After {@link #LOCK_PATIENCE} of busy tables it gives up with {@link ReadModelBusy}.
 *
 * <p>The tables are truncated without {@code CASCADE}: a table outside the read model that refers to
 * one of them (a command-side claim, say) makes the rebuild fail rather than be emptied with it.
 * The processing group needs an event processor of its own (Axon's default: one per group), since
 * the processor's handlers are what is replayed.
 */
public final class SubscribingProjection implements ReadModel {

    static final Duration LOCK_PATIENCE = Duration.ofSeconds(30);
    private static final String LOCK_TIMEOUT = "250ms";
    /** lock_not_available (the lock timeout) and deadlock_detected. */
    private static final Set<String> BUSY = Set.of("55P03", "40P01");
    private static final Pattern TABLE_NAME = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final Logger log = LoggerFactory.getLogger(SubscribingProjection.class);

    private final String processingGroup;
    private final List<String> tables;
    private final EventProcessingConfiguration processing;
    private final EventStorageEngine events;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;

    SubscribingProjection(String processingGroup, List<String> tables, EventProcessingConfiguration processing,
                          EventStorageEngine events, TransactionTemplate transactions, JdbcClient jdbc) {
        if (tables.isEmpty()) {
            throw new InvalidReadModel(processingGroup, "it names no table to rebuild");
        }
        for (String table : tables) {
            if (!TABLE_NAME.matcher(table).matches()) {
                throw new InvalidReadModel(processingGroup, "'" + table + "' is not a plain lower-case table name");
            }
        }
        this.processingGroup = processingGroup;
        this.tables = List.copyOf(tables);
        this.processing = processing;
        this.events = events;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return processingGroup;
    }

    /** The tables the rebuild empties and fills again, in the order they are locked. */
    public List<String> tables() {
        return tables;
    }

    @Override
    public Rebuild rebuild() {
        SubscribingEventProcessor processor = processor();
        Instant giveUp = Instant.now().plus(LOCK_PATIENCE);
        while (true) {
            Long replayed = transactions.execute(status -> {
                if (!lockTables()) {
                    status.setRollbackOnly();
                    return null;
                }
                jdbc.sql("TRUNCATE " + String.join(", ", tables)).update();
                return replayEverything(processor);
            });
            if (replayed != null) {
                log.info("Rebuilt read model {} ({}) from {} events", processingGroup, tables, replayed);
                return Rebuild.completed(processingGroup, replayed);
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new ReadModelBusy(processingGroup, LOCK_PATIENCE);
            }
        }
    }

    /** All the tables, or none: false when a command held one for longer than the lock timeout. */
    private boolean lockTables() {
        jdbc.sql("SET LOCAL lock_timeout = '" + LOCK_TIMEOUT + "'").update();
        try {
            jdbc.sql("LOCK TABLE " + String.join(", ", tables) + " IN ACCESS EXCLUSIVE MODE").update();
        } catch (DataAccessException failure) {
            if (failure.getMostSpecificCause() instanceof SQLException sql && BUSY.contains(sql.getSQLState())) {
                return false;
            }
            throw failure;
        }
        jdbc.sql("SET LOCAL lock_timeout TO DEFAULT").update();
        return true;
    }

    private long replayEverything(SubscribingEventProcessor processor) {
        EventHandlerInvoker handlers = processor.eventHandlerInvoker();
        List<MessageHandlerInterceptor<? super EventMessage<?>>> interceptors = processor.getHandlerInterceptors();
        long count = 0;
        // Read in the rebuild's transaction (Axon's SpringTransactionManager joins it), batch by batch.
        try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(null, false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = stream.iterator();
            while (iterator.hasNext()) {
                replay(handlers, interceptors, iterator.next());
                count++;
            }
        }
        return count;
    }

    private void replay(EventHandlerInvoker handlers,
                        List<MessageHandlerInterceptor<? super EventMessage<?>>> interceptors,
                        TrackedEventMessage<?> event) {
        // A replay token reset at this very event: handlers see ReplayStatus.REPLAY.
        EventMessage<?> replayed = event.withTrackingToken(
                ReplayToken.createReplayToken(event.trackingToken(), event.trackingToken()));
        if (!handlers.canHandle(replayed, Segment.ROOT_SEGMENT)) {
            return;
        }
        DefaultUnitOfWork<EventMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(replayed);
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> new DefaultInterceptorChain<>(unitOfWork,
                interceptors, message -> {
                    handlers.handle(message, Segment.ROOT_SEGMENT);
                    return null;
                }).proceed());
        if (result.isExceptional()) {
            throw new ReplayFailed(processingGroup, event, result.exceptionResult());
        }
    }

    private SubscribingEventProcessor processor() {
        return processing.eventProcessorByProcessingGroup(processingGroup)
                .filter(SubscribingEventProcessor.class::isInstance)
                .map(SubscribingEventProcessor.class::cast)
                .filter(processor -> processor.getName().equals(processingGroup))
                .orElseThrow(() -> new InvalidReadModel(processingGroup,
                        "it is not a subscribing processing group with an event processor of its own"));
    }

    /** The read model is declared in a way that cannot be rebuilt; the message says why. */
    public static final class InvalidReadModel extends RuntimeException {
        InvalidReadModel(String processingGroup, String why) {
            super("Read model '" + processingGroup + "' cannot be rebuilt: " + why + ".");
        }
    }

    /** A handler failed on an event during the replay; the rebuild was rolled back. */
    public static final class ReplayFailed extends RuntimeException {
        ReplayFailed(String processingGroup, EventMessage<?> event, Throwable cause) {
            super("Rebuilding '" + processingGroup + "' failed on event " + event.getIdentifier() + " ("
                    + event.getPayloadType().getName() + "); nothing was changed.", cause);
        }
    }
}
