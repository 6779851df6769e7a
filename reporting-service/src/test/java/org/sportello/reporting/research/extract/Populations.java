package org.sportello.reporting.research.extract;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.sportello.reporting.research.extract.ExtractEpisode.Citizen;

/**
 * Random populations of episodes over small domains (a few offices of two municipalities and one the
 * registry does not know, six months, five channels, ages from minors to the very old, erased and
 * anonymous people), so that combinations are often small and every level of the grid gets used.
 */
final class Populations {

    static final List<String> OFFICES = List.of("monza-centro", "monza-san-rocco", "messina-centro", "lecco-1");
    static final List<String> CHANNELS = List.of("WALK_IN", "PHONE", "EMAIL", "APPOINTMENT", "PARTNER_DESK");
    private static final List<String> AREAS = List.of("FAMILY_AND_MINORS", "DISABILITY", "ELDERLY", "MULTI_AREA");
    private static final List<String> NEEDS = List.of("HOUSING", "WORK", "INCOME", "HEALTH");
    private static final List<String> OUTCOMES = List.of("INFORMATION_GIVEN", "ORIENTATION", "DOCUMENTS_REQUESTED",
            "ELIGIBILITY_CHECK", "TAKEN_IN_CHARGE", "REFERRAL");
    private static final List<String> ENDS = List.of("TAKEN_IN_CHARGE", "REFERRED", "CLOSED", "WINDOW", "OPEN");

    private Populations() {
    }

    static String municipality(String office) {
        return office.startsWith("monza") ? "monza" : office.startsWith("messina") ? "messina" : null;
    }

    /** {@code size} episodes of at most {@code persons} citizens, in months from {@code firstMonth}. */
    static List<ExtractEpisode> random(long seed, int size, int persons, YearMonth firstMonth) {
        Random random = new Random(seed);
        List<Citizen> citizens = new ArrayList<>();
        for (int i = 0; i < Math.max(1, persons); i++) {
            int kind = random.nextInt(10);
            citizens.add(kind == 0 ? Citizen.erased()
                    : new Citizen(new UUID(seed, i), 1930 + random.nextInt(90), kind == 1 ? null : random.nextBoolean() ? "F" : "M"));
        }
        List<ExtractEpisode> episodes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String office = OFFICES.get(random.nextInt(random.nextInt(4) == 0 ? OFFICES.size() : 2));
            YearMonth month = firstMonth.plusMonths(random.nextInt(6));
            String channel = CHANNELS.get(random.nextInt(random.nextInt(3) == 0 ? CHANNELS.size() : 1));
            boolean anonymous = random.nextInt(8) == 0;
            Citizen citizen = anonymous ? null : citizens.get(random.nextInt(citizens.size()));
            boolean care = random.nextBoolean();
            episodes.add(new ExtractEpisode(new UUID(~seed, i), citizen, office, municipality(office), month, channel,
                    some(random, AREAS), some(random, NEEDS), some(random, OUTCOMES),
                    anonymous ? "ANONYMOUS" : ENDS.get(random.nextInt(ENDS.size())), care, !care && random.nextBoolean(),
                    random.nextInt(4) == 0, care ? random.nextInt(30) : null));
        }
        return episodes;
    }

    private static List<String> some(Random random, List<String> codes) {
        List<String> some = new ArrayList<>();
        for (String code : codes) {
            if (random.nextInt(3) == 0) {
                some.add(code);
            }
        }
        return some;
    }
}
