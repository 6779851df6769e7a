package org.sportello.reporting.referrals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;

import org.sportello.reporting.research.MonthRange;
import org.sportello.reporting.research.ReportingMonth;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The referral read model in PostgreSQL: added to by the projection, read by the two reports. */
@Repository
class ReferralsTables {

    /** Every table of the read model; emptied by a rebuild. */
    static final List<String> TABLES = List.of("referral_service_type", "referral_fate", "desk_referral_district",
            "desk_referral_fate");

    // Each statement takes the whole batch as arrays: one round trip per table, however large the batch.
    private static final String ADD_FIRST_MONTHS = """
            INSERT INTO %1$s (%2$s, first_month)
            SELECT * FROM unnest(?::text[], ?::text[])
            ON CONFLICT (%2$s) DO UPDATE
            SET first_month = least(%1$s.first_month, excluded.first_month)
            WHERE excluded.first_month < %1$s.first_month""";

    // Merged as ReferralActivity.Fate merges, so that the order in which a referral's events are
    // applied never matters: the earliest sending, the earliest answer of each kind (a rejection's
    // reason with it), and flags that once set stay set. In SET, referral_fate.* is the row as it was.
    private static final String ADD_FATES = """
            INSERT INTO referral_fate (referral_id, service_type, month, sent_at, accepted_at, rejected_at,
                                       rejection_reason, completed, withdrawn, consent_withdrawn, overdue)
            SELECT * FROM unnest(?::uuid[], ?::text[], ?::text[], ?::timestamptz[], ?::timestamptz[],
                                 ?::timestamptz[], ?::text[], ?::boolean[], ?::boolean[], ?::boolean[], ?::boolean[])
            ON CONFLICT (referral_id) DO UPDATE SET
                service_type = CASE WHEN excluded.sent_at < referral_fate.sent_at
                                         OR (referral_fate.sent_at IS NULL AND excluded.sent_at IS NOT NULL)
                                    THEN excluded.service_type ELSE referral_fate.service_type END,
                month = CASE WHEN excluded.sent_at < referral_fate.sent_at
                                  OR (referral_fate.sent_at IS NULL AND excluded.sent_at IS NOT NULL)
                             THEN excluded.month ELSE referral_fate.month END,
                sent_at = least(referral_fate.sent_at, excluded.sent_at),
                accepted_at = least(referral_fate.accepted_at, excluded.accepted_at),
                rejection_reason = CASE WHEN excluded.rejected_at < referral_fate.rejected_at
                                             OR (referral_fate.rejected_at IS NULL AND excluded.rejected_at IS NOT NULL)
                                        THEN excluded.rejection_reason ELSE referral_fate.rejection_reason END,
                rejected_at = least(referral_fate.rejected_at, excluded.rejected_at),
                completed = referral_fate.completed OR excluded.completed,
                withdrawn = referral_fate.withdrawn OR excluded.withdrawn,
                consent_withdrawn = referral_fate.consent_withdrawn OR excluded.consent_withdrawn,
                overdue = referral_fate.overdue OR excluded.overdue""";

    private static final String ADD_DESK_FATES = """
            INSERT INTO desk_referral_fate (desk_referral_id, district_id, month, acknowledged)
            SELECT * FROM unnest(?::uuid[], ?::text[], ?::text[], ?::boolean[])
            ON CONFLICT (desk_referral_id) DO UPDATE SET
                district_id = CASE WHEN excluded.month IS NOT NULL
                                        AND (desk_referral_fate.month IS NULL OR excluded.month < desk_referral_fate.month)
                                   THEN excluded.district_id ELSE desk_referral_fate.district_id END,
                month = least(desk_referral_fate.month, excluded.month),
                acknowledged = desk_referral_fate.acknowledged OR excluded.acknowledged""";

    // Calendar days on the offices' clock (Europe/Rome) from sending to the first answer. An answer
    // stamped before its sending (which referral never records) counts as answered the same day,
    // rather than stopping the report.
    private static final String FUNNEL = """
            SELECT month, service_type, count(*) AS sent,
                   count(*) FILTER (WHERE accepted_at IS NOT NULL) AS accepted,
                   count(*) FILTER (WHERE rejected_at IS NOT NULL) AS rejected,
                   %s,
                   count(*) FILTER (WHERE completed) AS completed,
                   count(*) FILTER (WHERE withdrawn OR consent_withdrawn) AS withdrawn,
                   count(*) FILTER (WHERE overdue) AS overdue,
                   count(*) FILTER (WHERE accepted_at IS NOT NULL OR rejected_at IS NOT NULL) AS answered,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY greatest(0,
                       (least(accepted_at, rejected_at) AT TIME ZONE :zone)::date - (sent_at AT TIME ZONE :zone)::date))
                       FILTER (WHERE accepted_at IS NOT NULL OR rejected_at IS NOT NULL) AS answer_days_median
            FROM referral_fate
            WHERE month BETWEEN CAST(:from AS CHAR(7)) AND CAST(:to AS CHAR(7))"""
            // A column per rejection reason, rejected_0 to rejected_4 in the contract's order; the
            // codes are enum constants, never input.
            .formatted(String.join(",\n", reasonColumns()));

    private final JdbcTemplate jdbc;
    private final JdbcClient client;

    ReferralsTables(JdbcTemplate jdbc, JdbcClient client) {
        this.jdbc = jdbc;
        this.client = client;
    }

    /** Adds a batch's activity; runs in the transaction that also claims the batch's event ids. */
    void add(ReferralActivity activity) {
        addFirstMonths("referral_service_type", "service_type", activity.serviceTypes());
        addFirstMonths("desk_referral_district", "district_id", activity.districts());
        var fates = activity.referrals();
        if (!fates.isEmpty()) {
            var values = fates.values();
            jdbc.update(connection -> statement(connection, ADD_FATES,
                    array(connection, "uuid", fates.keySet().stream().map(Object::toString)),
                    array(connection, "text", values.stream().map(ReferralActivity.Fate::serviceType)),
                    array(connection, "text", values.stream().map(ReferralActivity.Fate::month)),
                    array(connection, "timestamptz", values.stream().map(fate -> text(fate.sentAt()))),
                    array(connection, "timestamptz", values.stream().map(fate -> text(fate.acceptedAt()))),
                    array(connection, "timestamptz", values.stream().map(fate -> text(fate.rejectedAt()))),
                    array(connection, "text", values.stream().map(ReferralActivity.Fate::rejectionReason)),
                    array(connection, "boolean", values.stream().map(ReferralActivity.Fate::completed)),
                    array(connection, "boolean", values.stream().map(ReferralActivity.Fate::withdrawn)),
                    array(connection, "boolean", values.stream().map(ReferralActivity.Fate::consentWithdrawn)),
                    array(connection, "boolean", values.stream().map(ReferralActivity.Fate::overdue))));
        }
        var desk = activity.deskReferrals();
        if (!desk.isEmpty()) {
            var values = desk.values();
            jdbc.update(connection -> statement(connection, ADD_DESK_FATES,
                    array(connection, "uuid", desk.keySet().stream().map(Object::toString)),
                    array(connection, "text", values.stream().map(ReferralActivity.DeskFate::districtId)),
                    array(connection, "text", values.stream().map(ReferralActivity.DeskFate::month)),
                    array(connection, "boolean", values.stream().map(ReferralActivity.DeskFate::acknowledged))));
        }
    }

    /** The service types sent to by the end of {@code range}, with their first month; one, or every type. */
    Map<String, YearMonth> serviceTypes(MonthRange range, String serviceType) {
        return firstMonths("referral_service_type", "service_type", range, serviceType);
    }

    /** The districts desk referrals were sent from by the end of {@code range}, with their first month. */
    Map<String, YearMonth> districts(MonthRange range, String districtId) {
        return firstMonths("desk_referral_district", "district_id", range, districtId);
    }

    /** Per month and service type, what became of the referrals sent in it. */
    Map<Cell, Funnel> funnel(MonthRange range, String serviceType) {
        Map<Cell, Funnel> funnel = new HashMap<>();
        var query = client.sql(FUNNEL + (serviceType == null ? "" : " AND service_type = :serviceType")
                        + " GROUP BY month, service_type")
                .param("zone", ReportingMonth.ZONE.getId())
                .param("from", range.from().toString())
                .param("to", range.to().toString());
        if (serviceType != null) {
            query = query.param("serviceType", serviceType);
        }
        query.query((row, n) -> {
            double median = row.getDouble("answer_days_median");
            BigDecimal answerDaysMedian = row.wasNull() ? null
                    : BigDecimal.valueOf(median).setScale(1, RoundingMode.HALF_UP);
            return funnel.put(new Cell(row.getString("month"), row.getString("service_type")), new Funnel(
                    row.getLong("sent"), row.getLong("accepted"), row.getLong("rejected"),
                    reasons(row),
                    row.getLong("completed"), row.getLong("withdrawn"), row.getLong("overdue"),
                    row.getLong("answered"), answerDaysMedian));
        }).list();
        return funnel;
    }

    /** Per month and district, the desk referrals sent in it and how many of them were taken up. */
    Map<Cell, DeskCounts> desk(MonthRange range, String districtId) {
        Map<Cell, DeskCounts> counts = new HashMap<>();
        var query = client.sql("SELECT month, district_id, count(*) AS sent,"
                        + " count(*) FILTER (WHERE acknowledged) AS acknowledged FROM desk_referral_fate"
                        + " WHERE month BETWEEN CAST(:from AS CHAR(7)) AND CAST(:to AS CHAR(7))"
                        + (districtId == null ? "" : " AND district_id = :districtId")
                        + " GROUP BY month, district_id")
                .param("from", range.from().toString())
                .param("to", range.to().toString());
        if (districtId != null) {
            query = query.param("districtId", districtId);
        }
        query.query((row, n) -> counts.put(new Cell(row.getString("month"), row.getString("district_id")),
                new DeskCounts(row.getLong("sent"), row.getLong("acknowledged")))).list();
        return counts;
    }

    /** A month and what its row is of: a service type, or a district. */
    record Cell(String month, String of) {
    }

    /**
     * What became of a month's referrals to one service type.
     *
     * @param rejectedByReason in the order of {@link ReferralFacts#REJECTION_REASONS}
     * @param answered         how many were accepted or rejected: the basis of the median
     */
    record Funnel(long sent, long accepted, long rejected, List<Long> rejectedByReason, long completed,
                  long withdrawn, long overdue, long answered, BigDecimal answerDaysMedian) {

        static final Funnel NONE = new Funnel(0, 0, 0,
                ReferralFacts.REJECTION_REASONS.stream().map(reason -> 0L).toList(), 0, 0, 0, 0, null);
    }

    record DeskCounts(long sent, long acknowledged) {
        static final DeskCounts NONE = new DeskCounts(0, 0);
    }

    private void addFirstMonths(String table, String key, SortedMap<String, String> firstMonths) {
        if (firstMonths.isEmpty()) {
            return;
        }
        jdbc.update(connection -> statement(connection, ADD_FIRST_MONTHS.formatted(table, key),
                array(connection, "text", firstMonths.keySet().stream()),
                array(connection, "text", firstMonths.values().stream())));
    }

    private Map<String, YearMonth> firstMonths(String table, String key, MonthRange range, String only) {
        var query = client.sql("SELECT " + key + " AS key, first_month FROM " + table + " WHERE first_month <= :to"
                        + (only == null ? "" : " AND " + key + " = :only") + " ORDER BY " + key)
                .param("to", range.to().toString());
        if (only != null) {
            query = query.param("only", only);
        }
        Map<String, YearMonth> firstMonths = new LinkedHashMap<>();
        query.query((row, n) -> firstMonths.put(row.getString("key"), YearMonth.parse(row.getString("first_month"))))
                .list();
        return firstMonths;
    }

    private static List<String> reasonColumns() {
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < ReferralFacts.REJECTION_REASONS.size(); i++) {
            columns.add("count(*) FILTER (WHERE rejection_reason = '" + ReferralFacts.REJECTION_REASONS.get(i)
                    + "') AS rejected_" + i);
        }
        return columns;
    }

    private static List<Long> reasons(ResultSet row) throws SQLException {
        List<Long> counts = new ArrayList<>();
        for (int i = 0; i < ReferralFacts.REJECTION_REASONS.size(); i++) {
            counts.add(row.getLong("rejected_" + i));
        }
        return List.copyOf(counts);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static PreparedStatement statement(Connection connection, String sql, Array... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setArray(i + 1, parameters[i]);
        }
        return statement;
    }

    private static Array array(Connection connection, String type, Stream<?> values) throws SQLException {
        return connection.createArrayOf(type, values.toArray());
    }
}
