package org.sportello.reporting.research.extract;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes episodes into research tables directly, as the episode projections would have: for the
 * extract's tests, which need known populations under a coding scheme of their own.
 */
final class ExtractTables {

    private final JdbcClient jdbc;

    ExtractTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A READY coding scheme of its own, so a test's episodes are the only ones of the scheme. */
    String newScheme() {
        String version = "x" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                INSERT INTO research_coding_scheme (version, care, control, episode_window, reasons, created_at,
                                                    created_by, state, ready_at)
                SELECT ?, care, control, episode_window, reasons, now(), 'test', 'READY', now()
                  FROM research_coding_scheme WHERE version = 'v1'""").param(version).update();
        return version;
    }

    void office(String officeId, String municipalityId) {
        jdbc.sql("""
                INSERT INTO research_office (office_id, municipality_id, name, kind, central)
                VALUES (?, ?, ?, 'SECRETARIAT', false) ON CONFLICT DO NOTHING""")
                .param(officeId).param(municipalityId).param(officeId).update();
    }

    void insert(String scheme, List<ExtractEpisode> episodes) {
        for (ExtractEpisode episode : episodes) {
            if (episode.municipality() != null) {
                office(episode.office(), episode.municipality());
            }
            ExtractEpisode.Citizen citizen = episode.citizen();
            if (citizen != null && (citizen.birthYear() != null || citizen.sex() != null)) {
                jdbc.sql("INSERT INTO research_citizen (citizen_id, birth_year, sex) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                        .param(citizen.citizenId()).param(citizen.birthYear()).param(citizen.sex()).update();
            }
            Instant openedAt = episode.month().atDay(10).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
            jdbc.sql("""
                    INSERT INTO research_episode (scheme, episode_id, case_id, citizen_id, office_id, month, opened_at,
                        channel, ended_by, ended_at, contacts, outcomes, user_areas, need_categories, care_first,
                        control_before_care, drop_off, days_to_care)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, 1,
                        CAST(string_to_array(?, ',') AS VARCHAR(32)[]), CAST(string_to_array(?, ',') AS VARCHAR(32)[]),
                        CAST(string_to_array(?, ',') AS VARCHAR(48)[]), ?, ?, ?, ?)""")
                    .param(scheme).param(episode.episodeId())
                    .param(citizen == null ? null : UUID.randomUUID())
                    .param(citizen == null ? null : citizen.citizenId())
                    .param(episode.office()).param(episode.month().toString()).param(Timestamp.from(openedAt))
                    .param(episode.channel()).param(episode.endedBy())
                    .param(String.join(",", episode.outcomes())).param(String.join(",", episode.userAreas()))
                    .param(String.join(",", episode.needCategories()))
                    .param(episode.careFirst()).param(episode.controlBeforeCare()).param(episode.dropOff())
                    .param(episode.daysToCare())
                    .update();
        }
    }
}
