package org.sportello.reporting.research.episodes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.sportello.reporting.research.ResearchRevision;
import org.sportello.reporting.research.codingschemes.CodingScheme;
import org.sportello.reporting.research.codingschemes.CodingSchemes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code research_episode} up to date with the facts: the research projections call
 * {@link #refresh} in each batch's transaction with the cases and anonymous contacts the batch
 * touched, and the episodes of those are computed again under every scheme, READY or still COMPUTING.
 */
@Component
public class Episodes {

    private final EpisodeTables tables;
    private final CodingSchemes schemes;
    private final JdbcTemplate jdbc;
    private final ResearchRevision revision;
    private final Clock clock;

    Episodes(EpisodeTables tables, CodingSchemes schemes, JdbcTemplate jdbc, ResearchRevision revision, Clock clock) {
        this.tables = tables;
        this.schemes = schemes;
        this.jdbc = jdbc;
        this.revision = revision;
        this.clock = clock;
    }

    /**
     * Computes again the episodes of these cases and anonymous contacts under every scheme, in the
     * caller's transaction (a projection batch's: the facts it wrote are seen).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void refresh(Collection<UUID> caseIds, Collection<UUID> anonymousContactIds) {
        if (caseIds.isEmpty() && anonymousContactIds.isEmpty()) {
            return;
        }
        jdbc.queryForList("SELECT pg_advisory_xact_lock_shared(?)", CodingSchemes.SCHEMES_LOCK);
        if (!caseIds.isEmpty()) {
            tables.lockCases(caseIds);
        }
        Instant now = clock.instant();
        List<CaseFacts> cases = caseIds.isEmpty() ? List.of() : tables.cases(caseIds);
        List<ContactFact> anonymous = anonymousContactIds.isEmpty() ? List.of()
                : tables.anonymousContacts(anonymousContactIds);
        for (CodingScheme scheme : schemes.all()) {
            List<Episode> episodes = new ArrayList<>();
            Set<UUID> without = new HashSet<>();
            for (CaseFacts facts : cases) {
                Optional<Episode> episode = EpisodeBuilder.of(facts, scheme, now);
                episode.ifPresentOrElse(episodes::add, () -> without.add(facts.caseId()));
            }
            anonymous.forEach(contact -> episodes.add(EpisodeBuilder.anonymous(contact, scheme)));
            tables.replace(episodes);
            if (!without.isEmpty()) {
                tables.delete(scheme.version(), without);
            }
        }
        revision.moved();
    }

    /**
     * Ends the OPEN episodes whose window has passed (ended_by WINDOW), under every scheme.
     *
     * @return how many episodes were computed again
     */
    @Transactional
    public int closeWindows() {
        Instant now = clock.instant();
        Set<UUID> cases = new HashSet<>();
        for (CodingScheme scheme : schemes.all()) {
            // A window is whole calendar days on the offices' clock: a day's slack covers a change
            // of summer time, and the builder decides exactly.
            Instant openedBy = now.minus(Duration.ofDays(scheme.window().getDays() - 1L));
            for (UUID caseId : tables.openCases(scheme.version(), openedBy)) {
                cases.add(caseId);
            }
        }
        if (cases.isEmpty()) {
            return 0;
        }
        refresh(cases, List.of());
        return cases.size();
    }
}
