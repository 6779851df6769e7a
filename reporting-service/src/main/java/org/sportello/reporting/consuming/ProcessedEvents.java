package org.sportello.reporting.consuming;

import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The events each projection has already applied ({@code processed_event}), by CloudEvents id.
 * Claiming happens in the projection's own transaction: if the projection's change rolls back, so
 * does the claim, and if it commits, a redelivery of the same event finds it claimed.
 */
@Repository
public class ProcessedEvents {

    // One statement for the whole batch; RETURNING names exactly the ids that were not there yet.
    private static final String CLAIM = """
            INSERT INTO processed_event (projection, event_id)
            SELECT ?, event_id FROM unnest(?::text[]) AS batch(event_id)
            ON CONFLICT (projection, event_id) DO NOTHING
            RETURNING event_id""";

    private final JdbcTemplate jdbc;

    public ProcessedEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records {@code eventIds} as applied by {@code projection} and returns those that were new. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Set<String> claim(String projection, Collection<String> eventIds) {
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
}
