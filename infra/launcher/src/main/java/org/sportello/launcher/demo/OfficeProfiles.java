package org.sportello.launcher.demo;

import static org.sportello.contracts.intake.v1.UserArea.ADDICTIONS;
import static org.sportello.contracts.intake.v1.UserArea.DISABILITY;
import static org.sportello.contracts.intake.v1.UserArea.ELDERLY;
import static org.sportello.contracts.intake.v1.UserArea.FAMILY_AND_MINORS;
import static org.sportello.contracts.intake.v1.UserArea.IMMIGRANTS;
import static org.sportello.contracts.intake.v1.UserArea.MULTI_AREA;
import static org.sportello.contracts.intake.v1.UserArea.POVERTY_AND_ADULT_HARDSHIP;

import java.util.Map;

import org.sportello.contracts.intake.v1.UserArea;

/**
 * What makes each office's numbers plausible, keyed by office id: not office facts (those are
 * scheduling's), only the simulation's parameters. Volumes follow the towns' sizes (Massa about 50 users
 * a month, as its office reports); how each municipality answers first access is its {@link Approach}.
 */
final class OfficeProfiles {

    /**
     * @param residence      where its citizens live (municipalityOfResidence at intake)
     * @param cadastralCode  the municipality's code in fiscal codes (codice catastale), for citizens born there
     * @param usersPerMonth  distinct citizens in an ordinary month
     * @param careShare      how often a first interview does not screen (control) but starts help at once or
     *                       informs, as the municipality's {@link Approach} draws it
     * @param areas          relative weights of the user areas its citizens come with
     */
    record Profile(String residence, String cadastralCode, int usersPerMonth, double careShare,
                   Map<UserArea, Integer> areas) {
    }

    /** Weights of user areas in a typical first-access office (families, poverty and the elderly lead). */
    private static final Map<UserArea, Integer> TYPICAL = Map.of(FAMILY_AND_MINORS, 24, POVERTY_AND_ADULT_HARDSHIP, 28,
            ELDERLY, 22, IMMIGRANTS, 12, DISABILITY, 8, ADDICTIONS, 3, MULTI_AREA, 3);
    private static final Map<UserArea, Integer> HARDSHIP = Map.of(FAMILY_AND_MINORS, 22, POVERTY_AND_ADULT_HARDSHIP, 34,
            ELDERLY, 14, IMMIGRANTS, 18, DISABILITY, 6, ADDICTIONS, 3, MULTI_AREA, 3);
    private static final Map<UserArea, Integer> AGEING = Map.of(FAMILY_AND_MINORS, 18, POVERTY_AND_ADULT_HARDSHIP, 22,
            ELDERLY, 36, IMMIGRANTS, 8, DISABILITY, 11, ADDICTIONS, 2, MULTI_AREA, 3);
    private static final Map<UserArea, Integer> MIGRATION = Map.of(FAMILY_AND_MINORS, 24, POVERTY_AND_ADULT_HARDSHIP, 26,
            ELDERLY, 14, IMMIGRANTS, 25, DISABILITY, 6, ADDICTIONS, 2, MULTI_AREA, 3);

    private static final Map<String, Profile> PROFILES = Map.ofEntries(
            // Monza's neighbourhood offices start help at the first interview even more often than its central one.
            Map.entry("monza-villa-fossati-lamperti", new Profile("Monza", "F704", 110, 0.72, TYPICAL)),
            Map.entry("monza-san-fruttuoso", new Profile("Monza", "F704", 45, 0.82, AGEING)),
            Map.entry("monza-san-rocco", new Profile("Monza", "F704", 55, 0.80, HARDSHIP)),
            Map.entry("monza-san-biagio-cazzaniga", new Profile("Monza", "F704", 40, 0.84, AGEING)),
            Map.entry("monza-cederna-cantalupo", new Profile("Monza", "F704", 45, 0.80, HARDSHIP)),
            Map.entry("massa", new Profile("Massa", "F023", 50, 0.55, AGEING)),
            Map.entry("pioltello", new Profile("Pioltello", "G686", 40, 0.66, MIGRATION)),
            Map.entry("pioltello-caritas", new Profile("Pioltello", "G686", 12, 0.9, MIGRATION)),
            Map.entry("rodano", new Profile("Rodano", "H470", 8, 0.70, AGEING)),
            Map.entry("segrate", new Profile("Segrate", "I577", 32, 0.67, TYPICAL)),
            Map.entry("segrate-acli", new Profile("Segrate", "I577", 10, 0.9, TYPICAL)),
            Map.entry("vimodrone", new Profile("Vimodrone", "M053", 20, 0.68, TYPICAL)),
            Map.entry("corsico", new Profile("Corsico", "D045", 35, 0.60, HARDSHIP)),
            // One office for a city of 220,000 (fewer come than its size would bring: the office is far for many), and
            // a first interview that mostly screens.
            Map.entry("messina-centrale", new Profile("Messina", "F158", 70, 0.30, HARDSHIP)));

    /** The municipalities whose approach is not {@link Approach#MIXED}. */
    private static final Map<String, Approach> APPROACHES = Map.of("monza", Approach.CARE_LEANING,
            "messina", Approach.CONTROL_LEANING);

    private OfficeProfiles() {
    }

    static Profile of(String officeId) {
        Profile profile = PROFILES.get(officeId);
        if (profile == null) {
            throw new IllegalArgumentException("no demo profile for office " + officeId);
        }
        return profile;
    }

    /** How the municipality's secretariat answers first access. */
    static Approach approach(String municipalityId) {
        return APPROACHES.getOrDefault(municipalityId, Approach.MIXED);
    }

    static boolean has(String officeId) {
        return PROFILES.containsKey(officeId);
    }
}
