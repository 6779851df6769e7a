package org.sportello.launcher.demo;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.sportello.contracts.intake.v1.UserArea.ADDICTIONS;
import static org.sportello.contracts.intake.v1.UserArea.DISABILITY;
import static org.sportello.contracts.intake.v1.UserArea.ELDERLY;
import static org.sportello.contracts.intake.v1.UserArea.FAMILY_AND_MINORS;
import static org.sportello.contracts.intake.v1.UserArea.IMMIGRANTS;
import static org.sportello.contracts.intake.v1.UserArea.MULTI_AREA;
import static org.sportello.contracts.intake.v1.UserArea.POVERTY_AND_ADULT_HARDSHIP;
import static org.sportello.launcher.demo.OpeningHours.Mode.BY_APPOINTMENT;
import static org.sportello.launcher.demo.OpeningHours.Mode.PARTNER_DESK;
import static org.sportello.launcher.demo.OpeningHours.Mode.PHONE_LINE;
import static org.sportello.launcher.demo.OpeningHours.Mode.WALK_IN;

import java.time.DayOfWeek;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.sportello.contracts.intake.v1.UserArea;

/**
 * The seed municipalities' offices as the demo simulates them: Monza's four neighbourhood offices and
 * its central one at Villa Fossati Lamperti, Massa, the Est Milano district (Pioltello, Rodano,
 * Segrate, Vimodrone) and Corsico. Volumes follow the towns' sizes (Massa about 50 users a month, as
 * its office reports); hours are plausible ones, with Corsico's as DESIGN.md gives them.
 */
public final class OfficeCatalogue {

    public static final ZoneId ZONE = ZoneId.of("Europe/Rome");
    private static final MonthDay SAN_GIOVANNI = MonthDay.of(6, 24); // Monza's patron
    private static final MonthDay SAN_FRANCESCO = MonthDay.of(10, 4); // Massa's patron

    /** Weights of user areas in a typical first-access office (families, poverty and the elderly lead). */
    private static final Map<UserArea, Integer> TYPICAL = Map.of(FAMILY_AND_MINORS, 24, POVERTY_AND_ADULT_HARDSHIP, 28,
            ELDERLY, 22, IMMIGRANTS, 12, DISABILITY, 8, ADDICTIONS, 3, MULTI_AREA, 3);
    private static final Map<UserArea, Integer> HARDSHIP = Map.of(FAMILY_AND_MINORS, 22, POVERTY_AND_ADULT_HARDSHIP, 34,
            ELDERLY, 14, IMMIGRANTS, 18, DISABILITY, 6, ADDICTIONS, 3, MULTI_AREA, 3);
    private static final Map<UserArea, Integer> AGEING = Map.of(FAMILY_AND_MINORS, 18, POVERTY_AND_ADULT_HARDSHIP, 22,
            ELDERLY, 36, IMMIGRANTS, 8, DISABILITY, 11, ADDICTIONS, 2, MULTI_AREA, 3);
    private static final Map<UserArea, Integer> MIGRATION = Map.of(FAMILY_AND_MINORS, 24, POVERTY_AND_ADULT_HARDSHIP, 26,
            ELDERLY, 14, IMMIGRANTS, 25, DISABILITY, 6, ADDICTIONS, 2, MULTI_AREA, 3);

    private static final List<Office> OFFICES = List.of(
            new Office("monza-villa-fossati-lamperti", "Monza, central office (Villa Fossati Lamperti)", "Monza", null,
                    "F704", 110, 0.64, TYPICAL, hours(
                    weekdays(WALK_IN, "09:00", "12:30"),
                    slots(PHONE_LINE, "09:00", "12:00", MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY),
                    slots(BY_APPOINTMENT, "14:00", "17:00", MONDAY, TUESDAY, THURSDAY)), SAN_GIOVANNI),
            new Office("monza-san-fruttuoso", "Monza, San Fruttuoso (via Iseo)", "Monza", null, "F704", 45, 0.72, AGEING,
                    hours(slots(WALK_IN, "09:00", "12:00", TUESDAY, FRIDAY),
                            slots(BY_APPOINTMENT, "14:00", "17:00", THURSDAY)), SAN_GIOVANNI),
            new Office("monza-san-rocco", "Monza, San Rocco", "Monza", null, "F704", 55, 0.70, HARDSHIP,
                    hours(slots(WALK_IN, "09:00", "12:00", MONDAY, THURSDAY),
                            slots(BY_APPOINTMENT, "14:00", "17:00", WEDNESDAY)), SAN_GIOVANNI),
            new Office("monza-san-biagio-cazzaniga", "Monza, San Biagio-Cazzaniga", "Monza", null, "F704", 40, 0.74,
                    AGEING, hours(slots(WALK_IN, "09:00", "12:00", WEDNESDAY),
                    slots(BY_APPOINTMENT, "09:00", "12:30", FRIDAY),
                    slots(BY_APPOINTMENT, "14:00", "16:30", TUESDAY)), SAN_GIOVANNI),
            new Office("monza-cederna-cantalupo", "Monza, Cederna-Cantalupo", "Monza", null, "F704", 45, 0.69, HARDSHIP,
                    hours(slots(WALK_IN, "09:00", "12:30", FRIDAY),
                            slots(WALK_IN, "14:00", "16:00", MONDAY),
                            slots(BY_APPOINTMENT, "09:00", "12:00", TUESDAY)), SAN_GIOVANNI),
            new Office("massa", "Massa, Segretariato Sociale", "Massa", null, "F023", 50, 0.55, AGEING,
                    hours(slots(WALK_IN, "09:00", "12:30", MONDAY, WEDNESDAY, FRIDAY),
                            slots(PHONE_LINE, "08:30", "09:30", MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY),
                            slots(BY_APPOINTMENT, "15:00", "17:30", TUESDAY, THURSDAY)), SAN_FRANCESCO),
            new Office("pioltello", "Pioltello", "Pioltello", "Est Milano", "G686", 45, 0.66, MIGRATION,
                    hours(slots(WALK_IN, "09:00", "12:00", MONDAY, THURSDAY),
                            slots(PHONE_LINE, "09:00", "12:00", WEDNESDAY),
                            slots(BY_APPOINTMENT, "14:00", "17:00", TUESDAY, THURSDAY),
                            slots(PARTNER_DESK, "09:30", "12:00", SATURDAY)), null),
            new Office("rodano", "Rodano", "Rodano", "Est Milano", "H470", 8, 0.70, AGEING,
                    hours(slots(WALK_IN, "09:00", "11:00", THURSDAY),
                            slots(BY_APPOINTMENT, "10:00", "12:00", TUESDAY)), null),
            new Office("segrate", "Segrate", "Segrate", "Est Milano", "I577", 35, 0.67, TYPICAL,
                    hours(slots(WALK_IN, "09:00", "12:30", TUESDAY, FRIDAY),
                            slots(PHONE_LINE, "09:00", "12:00", MONDAY),
                            slots(BY_APPOINTMENT, "14:00", "16:30", WEDNESDAY),
                            slots(PARTNER_DESK, "09:30", "12:00", SATURDAY)), null),
            new Office("vimodrone", "Vimodrone", "Vimodrone", "Est Milano", "M053", 20, 0.68, TYPICAL,
                    hours(slots(WALK_IN, "09:00", "12:00", WEDNESDAY),
                            slots(BY_APPOINTMENT, "14:00", "16:00", MONDAY, THURSDAY)), null),
            // DESIGN.md: walk-in Monday 9-11; phone booking Mon/Wed 11:30-13, Tue/Thu 16-17:30.
            new Office("corsico", "Corsico", "Corsico", null, "D045", 35, 0.60, HARDSHIP,
                    hours(slots(WALK_IN, "09:00", "11:00", MONDAY),
                            slots(PHONE_LINE, "11:30", "13:00", MONDAY, WEDNESDAY),
                            slots(PHONE_LINE, "16:00", "17:30", TUESDAY, THURSDAY),
                            slots(BY_APPOINTMENT, "09:00", "12:30", TUESDAY, WEDNESDAY, THURSDAY, FRIDAY)), null));

    private OfficeCatalogue() {
    }

    public static List<Office> offices() {
        return OFFICES;
    }

    public static Office office(String id) {
        return OFFICES.stream().filter(o -> o.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo office " + id));
    }

    private static List<OpeningHours> weekdays(OpeningHours.Mode mode, String from, String to) {
        return slots(mode, from, to, MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);
    }

    private static List<OpeningHours> slots(OpeningHours.Mode mode, String from, String to, DayOfWeek... days) {
        List<OpeningHours> slots = new ArrayList<>();
        for (DayOfWeek day : days) {
            slots.add(OpeningHours.of(day, from, to, mode));
        }
        return slots;
    }

    @SafeVarargs
    private static List<OpeningHours> hours(List<OpeningHours>... groups) {
        List<OpeningHours> all = new ArrayList<>();
        for (List<OpeningHours> group : groups) {
            all.addAll(group);
        }
        return all;
    }
}
