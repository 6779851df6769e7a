package org.sportello.reporting.research.indicators;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads what the indicators are computed from, set-based: one grouped scan of the episodes and one
 * of the contacts per query, per month and office, whatever the number of episodes; municipalities
 * and districts are summed from their offices in memory. The two scans run side by side, each on a
 * connection of its own (the contacts' on Spring Boot's application task executor): over a year of
 * a million contacts each takes a few hundred milliseconds, and the server has a core for each.
 */
@Repository
class IndicatorTables {

    private static final String REGISTRY = """
            SELECT o.office_id, o.name, o.municipality_id, m.name AS municipality_name, m.district_id,
                   d.name AS district_name, o.central
              FROM research_office o
              LEFT JOIN research_municipality m ON m.municipality_id = o.municipality_id
              LEFT JOIN research_district d ON d.district_id = m.district_id""";

    // Grouped by days to care too (null for the episodes without care), so that one scan gives the
    // counts and the distribution behind the medians.
    private static final String EPISODES = """
            SELECT month, office_id, days_to_care, count(*) AS episodes,
                   count(*) FILTER (WHERE care_first) AS care_first,
                   count(*) FILTER (WHERE control_before_care) AS control_before_care,
                   count(*) FILTER (WHERE ended_by <> 'OPEN') AS ended,
                   count(*) FILTER (WHERE drop_off AND ended_by <> 'OPEN') AS drop_off
              FROM research_episode
             WHERE scheme = :scheme AND month BETWEEN CAST(:from AS CHAR(7)) AND CAST(:to AS CHAR(7))%s
             GROUP BY month, office_id, days_to_care""";

    private static final String CONTACTS = """
            SELECT month, office_id, count(*) AS contacts, count(*) FILTER (WHERE joint) AS joint
              FROM research_contact
             WHERE month BETWEEN CAST(:from AS CHAR(7)) AND CAST(:to AS CHAR(7))%s
             GROUP BY month, office_id""";

    private final JdbcClient jdbc;
    private final Executor contactScans;

    IndicatorTables(JdbcClient jdbc, @Qualifier("applicationTaskExecutor") Executor contactScans) {
        this.jdbc = jdbc;
        this.contactScans = contactScans;
    }

    /** One month and office of the contacts' scan. */
    private record ContactMonth(String month, String officeId, long contacts, long joint) {
    }

    Registry registry() {
        return new Registry(jdbc.sql(REGISTRY).query((row, n) -> new Registry.Office(row.getString("office_id"),
                row.getString("name"), row.getString("municipality_id"), row.getString("municipality_name"),
                row.getString("district_id"), row.getString("district_name"), row.getBoolean("central"))).list());
    }

    /** Per month and office, the counts (decentralised left to the registry) and the days to care. */
    Map<String, Map<String, OfficeMonth>> officeMonths(String scheme, YearMonth from, YearMonth to, Filters filters) {
        Map<String, Map<String, OfficeMonth>> months = new TreeMap<>();
        CompletableFuture<List<ContactMonth>> contacts = CompletableFuture.supplyAsync(
                () -> contactMonths(from, to, filters), contactScans);
        var episodes = jdbc.sql(EPISODES.formatted(filters.where("channel", "user_areas")))
                .param("scheme", scheme).param("from", from.toString()).param("to", to.toString());
        episodes = filters.bind(episodes);
        episodes.query((row, n) -> {
            OfficeMonth office = months.computeIfAbsent(row.getString("month"), month -> new HashMap<>())
                    .computeIfAbsent(row.getString("office_id"), id -> new OfficeMonth());
            office.counts = office.counts.plus(new Counts(row.getLong("episodes"), row.getLong("care_first"),
                    row.getLong("control_before_care"), row.getLong("ended"), row.getLong("drop_off"), 0, 0, 0));
            int days = row.getInt("days_to_care");
            if (!row.wasNull()) {
                office.days.merge(days, row.getLong("episodes"), Long::sum);
            }
            return office;
        }).list();
        for (ContactMonth contact : joined(contacts)) {
            OfficeMonth office = months.computeIfAbsent(contact.month(), month -> new HashMap<>())
                    .computeIfAbsent(contact.officeId(), id -> new OfficeMonth());
            office.counts = office.counts.plus(new Counts(0, 0, 0, 0, 0, contact.contacts(), contact.joint(), 0));
        }
        return months;
    }

    private List<ContactMonth> contactMonths(YearMonth from, YearMonth to, Filters filters) {
        var contacts = jdbc.sql(CONTACTS.formatted(filters.where("channel", "user_areas")))
                .param("from", from.toString()).param("to", to.toString());
        return filters.bind(contacts).query((row, n) -> new ContactMonth(row.getString("month"),
                row.getString("office_id"), row.getLong("contacts"), row.getLong("joint"))).list();
    }

    /** The scan's rows, or its own failure (a database error) rather than the executor's wrapper. */
    private static List<ContactMonth> joined(CompletableFuture<List<ContactMonth>> scan) {
        try {
            return scan.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** One office's month while it is read. */
    static final class OfficeMonth {
        Counts counts = Counts.NONE;
        final Map<Integer, Long> days = new TreeMap<>();
    }

    /** The channel and user area a query keeps (either may be absent): codes checked before they get here. */
    record Filters(String channel, String userArea) {

        String where(String channelColumn, String userAreasColumn) {
            return (channel == null ? "" : " AND " + channelColumn + " = :channel")
                    + (userArea == null ? "" : " AND CAST(:userArea AS VARCHAR(32)) = ANY(" + userAreasColumn + ")");
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            JdbcClient.StatementSpec bound = statement;
            if (channel != null) {
                bound = bound.param("channel", channel);
            }
            if (userArea != null) {
                bound = bound.param("userArea", userArea);
            }
            return bound;
        }

        /** Names the filters in cell seeds and cache keys. */
        String key() {
            return (channel == null ? "*" : channel) + "/" + (userArea == null ? "*" : userArea);
        }
    }
}
