package org.sportello.platform.consuming;

import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The events each projection has already applied ({@code processed_event}, created by the Flyway
 * migration under {@value ConsumingAutoConfiguration#MIGRATIONS}), by CloudEvents id.
 * Claiming happens in the projection's own transaction: if the projection's change rolls back, so
 * does the claim, and if it commits, a redelivery of the same event finds it claimed.
 */
public class ProcessedEvents {

    /** The width of {@code processed_event.event_id}: a longer {@code ce_id} is a dead letter, never an insert. */
    public static final int MAX_EVENT_ID_LENGTH = 255;
    /** The width of {@code processed_event.projection}. */
    public static final int MAX_PROJECTION_NAME_LENGTH = 64;

    // One statement for the whole batch; RETURNING names exactly the ids that were not there yet.
    private static final String CLAIM = """
            INSERT INTO processed_event (projection, event_id)
            SELECT ?, event_id FROM unnest(?::text[]) AS batch(event_id)
            ON CONFLICT (projection, event_id) DO NOTHING
            RETURNING event_id""";

    private static final String FORGET = "DELETE FROM processed_event WHERE projection = ?";

    private final JdbcTemplate jdbc;

    public ProcessedEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records {@code eventIds} as applied by {@code projection} and returns those that were new. */
    public Set<String> claim(String projection, Collection<String> eventIds) {
        requireTransaction();
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        // Sorted and without repeats: concurrent batches then lock keys in the same order.
        String[] ids = eventIds.stream().distinct().sorted().toArray(String[]::new);
        List<String> claimed = jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(CLAIM);
            statement.setString(1, projection);
            statement.setArray(2, connection.createArrayOf("text", ids));
            return statement;
        }, (row, n) -> row.getString(1));
        return new HashSet<>(claimed);
    }

    /** Forgets every event {@code projection} applied, for a rebuild that replays them all. */
    public void forget(String projection) {
        requireTransaction();
        jdbc.update(FORGET, projection);
    }

    // A claim outside the projection's transaction would commit on its own: a crash before the
    // projection's change would then lose the event for good.
    private static void requireTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalTransactionStateException("processed_event is only written in the projection's transaction");
        }
    }
}
