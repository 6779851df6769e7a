package org.sportello.reporting.research.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The extract computed in memory from its definition, for tests: the persons of every combination
 * counted one by one, then the service's own {@link GeneralisationChoice}. The service counts in
 * SQL; {@code EpisodesExtractIT} checks that both give the same extract.
 */
final class InMemoryExtract {

    private InMemoryExtract() {
    }

    record Result(GeneralisationChoice.Level chosen, List<GeneralisationChoice.Level> levels,
                  List<ExtractEpisode> released, String csv) {
    }

    static Result of(List<ExtractEpisode> population, int k) {
        List<GeneralisationChoice.Level> levels = Generalisation.GRID.stream().map(level -> {
            Map<List<String>, Set<UUID>> persons = persons(population, level);
            return new GeneralisationChoice.Level(level, population.size(),
                    population.stream().filter(episode -> !covered(persons, level, episode, k)).count());
        }).toList();
        GeneralisationChoice.Level chosen = GeneralisationChoice.choose(levels);
        Map<List<String>, Set<UUID>> persons = persons(population, chosen.generalisation());
        List<ExtractEpisode> released = population.stream()
                .filter(episode -> covered(persons, chosen.generalisation(), episode, k)).toList();
        StringBuilder csv = new StringBuilder(EpisodesCsv.header());
        released.stream().map(episode -> row(chosen.generalisation(), episode)).sorted(ORDER)
                .forEach(row -> csv.append(EpisodesCsv.line(row)));
        return new Result(chosen, levels, released, csv.toString());
    }

    /** The distinct persons of every combination of quasi-identifiers at {@code level}. */
    static Map<List<String>, Set<UUID>> persons(List<ExtractEpisode> episodes, Generalisation level) {
        Map<List<String>, Set<UUID>> persons = new HashMap<>();
        for (ExtractEpisode episode : episodes) {
            persons.computeIfAbsent(episode.combination(level), combination -> new HashSet<>()).add(episode.person());
        }
        return persons;
    }

    private static boolean covered(Map<List<String>, Set<UUID>> persons, Generalisation level, ExtractEpisode episode,
                                   int k) {
        return persons.get(episode.combination(level)).size() >= k;
    }

    static EpisodesCsv.Row row(Generalisation level, ExtractEpisode episode) {
        List<String> combination = episode.combination(level);
        return new EpisodesCsv.Row(combination.get(0), combination.get(1), codes(episode.userAreas()),
                codes(episode.needCategories()), episode.channel(), combination.get(2), combination.get(3),
                codes(episode.outcomes()), episode.endedBy(), episode.careFirst(), episode.controlBeforeCare(),
                episode.dropOff(), episode.daysToCare());
    }

    private static String codes(List<String> codes) {
        return String.join(";", codes.stream().sorted().toList());
    }

    /** The service's order: place, period, ageBand, sex, channel, then the other columns; no days last. */
    static final Comparator<EpisodesCsv.Row> ORDER = Comparator.comparing(EpisodesCsv.Row::place)
            .thenComparing(EpisodesCsv.Row::period).thenComparing(EpisodesCsv.Row::ageBand)
            .thenComparing(EpisodesCsv.Row::sex).thenComparing(EpisodesCsv.Row::channel)
            .thenComparing(EpisodesCsv.Row::userAreas).thenComparing(EpisodesCsv.Row::needCategories)
            .thenComparing(EpisodesCsv.Row::outcomes).thenComparing(EpisodesCsv.Row::endedBy)
            .thenComparing(EpisodesCsv.Row::careFirst).thenComparing(EpisodesCsv.Row::controlBeforeCare)
            .thenComparing(EpisodesCsv.Row::dropOff)
            .thenComparing(EpisodesCsv.Row::daysToCare, Comparator.nullsLast(Comparator.naturalOrder()));

    static List<EpisodesCsv.Row> rows(Result result) {
        return new ArrayList<>(result.released().stream().map(e -> row(result.chosen().generalisation(), e))
                .sorted(ORDER).toList());
    }
}
