package org.sportello.reporting.research.extract;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * An episode as the extract sees it, for tests: who (a citizen with a birth year and a sex as
 * research keeps them, or nobody for an anonymous contact), where, when and how it began, and what
 * the research studies. Builders below keep the tests short.
 *
 * @param citizen      null for an anonymous contact
 * @param municipality null when the office registry does not know the office
 */
record ExtractEpisode(UUID episodeId, Citizen citizen, String office, String municipality, YearMonth month,
                      String channel, List<String> userAreas, List<String> needCategories, List<String> outcomes,
                      String endedBy, boolean careFirst, boolean controlBeforeCare, boolean dropOff, Integer daysToCare) {

    /** A citizen as research_citizen keeps them; both null when erased. */
    record Citizen(UUID citizenId, Integer birthYear, String sex) {

        static Citizen born(int birthYear, String sex) {
            return new Citizen(UUID.randomUUID(), birthYear, sex);
        }

        static Citizen erased() {
            return new Citizen(UUID.randomUUID(), null, null);
        }
    }

    static ExtractEpisode of(Citizen citizen, String office, String municipality, String month, String channel) {
        return new ExtractEpisode(UUID.randomUUID(), citizen, office, municipality, YearMonth.parse(month), channel,
                List.of("POVERTY_AND_ADULT_HARDSHIP"), List.of("INCOME", "HOUSING"), List.of("ORIENTATION"),
                "TAKEN_IN_CHARGE", true, false, false, 3);
    }

    static ExtractEpisode anonymous(String office, String municipality, String month, String channel) {
        return new ExtractEpisode(UUID.randomUUID(), null, office, municipality, YearMonth.parse(month), channel,
                List.of(), List.of(), List.of("INFORMATION_GIVEN"), "ANONYMOUS", false, false, true, null);
    }

    /** Whom the episode counts as: its citizen, or, anonymous, a person of its own. */
    UUID person() {
        return citizen == null ? episodeId : citizen.citizenId();
    }

    Integer age() {
        return citizen == null || citizen.birthYear() == null ? null : month.getYear() - citizen.birthYear();
    }

    String sex() {
        return citizen == null ? null : citizen.sex();
    }

    List<String> combination(Generalisation level) {
        return level.combination(age(), sex(), office, municipality, month, channel);
    }
}
