package org.sportello.reporting.research.episodes;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads the facts episodes are built from, and writes {@code research_episode}. */
@Repository
class EpisodeTables {

    static final String CONTACT_COLUMNS = """
            contact_id, case_id, citizen_id, office_id, channel, occurred_at, month, joint, outcomes, user_areas,
            need_categories""";

    // Lists go as comma-joined text: unnest flattens an array of arrays, and codes hold no comma.
    private static final String WRITE = """
            INSERT INTO research_episode (scheme, episode_id, case_id, citizen_id, office_id, month, opened_at, channel,
                                          ended_by, ended_at, contacts, outcomes, user_areas, need_categories,
                                          care_first, control_before_care, drop_off, days_to_care)
            SELECT scheme, episode_id::uuid, case_id::uuid, citizen_id::uuid, office_id, month, opened_at::timestamptz,
                   channel, ended_by, ended_at::timestamptz, contacts::int, string_to_array(outcomes, ','),
                   string_to_array(user_areas, ','), string_to_array(need_categories, ','), care_first::boolean,
                   control_before_care::boolean, drop_off::boolean, days_to_care::int
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                        ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                        ?::text[], ?::text[])
                 AS e(scheme, episode_id, case_id, citizen_id, office_id, month, opened_at, channel, ended_by, ended_at,
                      contacts, outcomes, user_areas, need_categories, care_first, control_before_care, drop_off,
                      days_to_care)
            ON CONFLICT (scheme, episode_id) DO""";

    private static final String REPLACE = WRITE + " " + """
            UPDATE SET case_id = excluded.case_id, citizen_id = excluded.citizen_id, office_id = excluded.office_id,
                month = excluded.month, opened_at = excluded.opened_at, channel = excluded.channel,
                ended_by = excluded.ended_by, ended_at = excluded.ended_at, contacts = excluded.contacts,
                outcomes = excluded.outcomes, user_areas = excluded.user_areas,
                need_categories = excluded.need_categories, care_first = excluded.care_first,
                control_before_care = excluded.control_before_care, drop_off = excluded.drop_off,
                days_to_care = excluded.days_to_care""";

    private static final String ADD = WRITE + " NOTHING";

    private final JdbcTemplate jdbc;

    EpisodeTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the cases' rows, in one order, so that two transactions that both change a case (an
     * intake batch and a referral batch) compute its episode one after the other, the second from
     * what the first committed.
     */
    void lockCases(Collection<UUID> caseIds) {
        jdbc.query(connection -> statement(connection,
                        "SELECT case_id FROM research_case WHERE case_id = ANY(?::uuid[]) ORDER BY case_id FOR UPDATE",
                        array(connection, caseIds.stream().sorted().map(UUID::toString).toList())),
                (ResultSet row) -> { });
    }

    /** The facts of these cases, with their contacts. */
    List<CaseFacts> cases(Collection<UUID> caseIds) {
        Map<UUID, List<ContactFact>> contacts = new HashMap<>();
        jdbc.query(connection -> statement(connection, "SELECT " + CONTACT_COLUMNS
                        + " FROM research_contact WHERE case_id = ANY(?::uuid[])",
                        array(connection, caseIds.stream().map(UUID::toString).toList())),
                (ResultSet row) -> {
                    ContactFact contact = contact(row);
                    contacts.computeIfAbsent(contact.caseId(), id -> new ArrayList<>()).add(contact);
                });
        List<CaseFacts> cases = new ArrayList<>();
        jdbc.query(connection -> statement(connection, """
                        SELECT case_id, citizen_id, taken_in_charge_at, referred_at, closed_at
                        FROM research_case WHERE case_id = ANY(?::uuid[]) ORDER BY case_id""",
                        array(connection, caseIds.stream().map(UUID::toString).toList())),
                (ResultSet row) -> {
                    UUID caseId = row.getObject("case_id", UUID.class);
                    cases.add(caseFacts(row, contacts.getOrDefault(caseId, List.of())));
                });
        return cases;
    }

    /** These contacts, when anonymous. */
    List<ContactFact> anonymousContacts(Collection<UUID> contactIds) {
        List<ContactFact> contacts = new ArrayList<>();
        jdbc.query(connection -> statement(connection, "SELECT " + CONTACT_COLUMNS
                        + " FROM research_contact WHERE contact_id = ANY(?::uuid[]) AND case_id IS NULL",
                        array(connection, contactIds.stream().map(UUID::toString).toList())),
                (ResultSet row) -> {
                    contacts.add(contact(row));
                });
        return contacts;
    }

    /** Writes these episodes, replacing the scheme's rows of the same episodes. */
    void replace(List<Episode> episodes) {
        write(REPLACE, episodes);
    }

    /**
     * Writes these episodes where the scheme has no row for them yet: a recomputation, whose facts
     * may be older than what a projection batch wrote meanwhile (see {@link EpisodeRecomputation}).
     */
    void add(List<Episode> episodes) {
        write(ADD, episodes);
    }

    /** Deletes the scheme's rows of these episodes: a case whose contacts research no longer holds. */
    void delete(String scheme, Collection<UUID> episodeIds) {
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(
                    "DELETE FROM research_episode WHERE scheme = ? AND episode_id = ANY(?::uuid[])");
            statement.setString(1, scheme);
            statement.setArray(2, array(connection, episodeIds.stream().map(UUID::toString).toList()));
            return statement;
        });
    }

    /** The cases of the scheme's OPEN episodes that opened at or before {@code openedBy}. */
    List<UUID> openCases(String scheme, Instant openedBy) {
        return jdbc.queryForList("""
                        SELECT episode_id FROM research_episode
                        WHERE scheme = ? AND ended_by = 'OPEN' AND opened_at <= ? ORDER BY episode_id""",
                UUID.class, scheme, Timestamp.from(openedBy));
    }

    private void write(String sql, List<Episode> episodes) {
        if (episodes.isEmpty()) {
            return;
        }
        List<Function<Episode, Object>> columns = List.of(Episode::scheme, Episode::episodeId, Episode::caseId,
                Episode::citizenId, Episode::officeId, Episode::month, Episode::openedAt, Episode::channel,
                Episode::endedBy, Episode::endedAt, Episode::contacts, episode -> String.join(",", episode.outcomes()),
                episode -> String.join(",", episode.userAreas()), episode -> String.join(",", episode.needCategories()),
                Episode::careFirst, Episode::controlBeforeCare, Episode::dropOff, Episode::daysToCare);
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            for (int i = 0; i < columns.size(); i++) {
                Function<Episode, Object> column = columns.get(i);
                statement.setArray(i + 1, array(connection, episodes.stream().map(column)
                        .map(value -> value == null ? null : value.toString()).toList()));
            }
            return statement;
        });
    }

    static CaseFacts caseFacts(ResultSet row, List<ContactFact> contacts) throws SQLException {
        return new CaseFacts(row.getObject("case_id", UUID.class), row.getObject("citizen_id", UUID.class),
                instant(row.getTimestamp("taken_in_charge_at")), instant(row.getTimestamp("referred_at")),
                instant(row.getTimestamp("closed_at")), contacts);
    }

    static ContactFact contact(ResultSet row) throws SQLException {
        return new ContactFact(row.getObject("contact_id", UUID.class), row.getObject("case_id", UUID.class),
                row.getObject("citizen_id", UUID.class), row.getString("office_id"), row.getString("channel"),
                instant(row.getTimestamp("occurred_at")), row.getString("month"), row.getBoolean("joint"),
                codes(row.getArray("outcomes")), codes(row.getArray("user_areas")),
                codes(row.getArray("need_categories")));
    }

    private static List<String> codes(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    static PreparedStatement statement(Connection connection, String sql, Array parameter) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setArray(1, parameter);
        return statement;
    }

    static Array array(Connection connection, List<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray());
    }
}
