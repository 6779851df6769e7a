package org.sportello.reporting.research.episodes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One row of {@code research_episode}: a citizen's first access under one coding scheme (see
 * {@link EpisodeBuilder} for how each field is defined).
 *
 * @param episodeId  the case id, or the contact id of an anonymous contact
 * @param endedAt    null while {@link EndedBy#OPEN}
 * @param daysToCare null when no care outcome came in the episode
 */
public record Episode(String scheme, UUID episodeId, UUID caseId, UUID citizenId, String officeId, String month,
                      Instant openedAt, String channel, EndedBy endedBy, Instant endedAt, int contacts,
                      List<String> outcomes, List<String> userAreas, List<String> needCategories, boolean careFirst,
                      boolean controlBeforeCare, boolean dropOff, Integer daysToCare) {

    public Episode {
        outcomes = List.copyOf(outcomes);
        userAreas = List.copyOf(userAreas);
        needCategories = List.copyOf(needCategories);
    }

    /** How an episode ended; the names are stored and read by the indicators, so never renamed. */
    public enum EndedBy { TAKEN_IN_CHARGE, REFERRED, CLOSED, WINDOW, ANONYMOUS, OPEN }
}
