package org.sportello.launcher.demo;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The seed municipalities' real structure, as the demo creates it through scheduling's API: what an
 * administrator would type in, request by request. Scheduling then owns it: the demo reads offices and
 * concrete opening hours back from scheduling ({@link SchedulingSetup}) and never from here.
 *
 * <p>Monza (its own ambito) has four neighbourhood offices and the central one at Villa Fossati
 * Lamperti; Massa, whose service is run by a cooperative, went from 6 to 21 hours a week on
 * {@code moreHoursFrom}; the Est Milano district (Pioltello, Rodano, Segrate, Vimodrone) has a
 * secretariat in each town and two partner desks of the distributed secretariat; Corsico takes
 * walk-ins on Monday 9–11 and books the rest over its phone line or online, with few appointment hours
 * (long waits) until {@code moreHoursFrom}; Messina, the research's comparison city, has one
 * centralised secretariat for the whole city. Each municipality's central office is marked as such
 * (Monza's four neighbourhood offices are not). Hours are plausible ones, Corsico's as DESIGN.md gives them.
 */
public record Seed(List<District> districts, List<Municipality> municipalities, List<OfficeSetup> offices,
                   List<StaffMember> staff) {

    public record District(String districtId, String name) {
    }

    public record Municipality(String municipalityId, String name, String districtId) {
    }

    /** A weekly slot as {@code PUT /api/offices/{id}/opening-hours} takes it. */
    public record WeeklySlot(DayOfWeek dayOfWeek, String from, String to, String mode) {
    }

    /** A set of weekly slots valid from a date on (until the next set). */
    public record HoursSet(LocalDate validFrom, List<WeeklySlot> slots) {
    }

    public record Closure(LocalDate from, LocalDate to, String reason) {
    }

    /**
     * An office with its hours history and closures; {@code partnerName} only for a PARTNER_DESK.
     * {@code central}: the municipality's central office of the secretariat (scheduling takes one per
     * municipality, a SECRETARIAT); the research counts first contacts anywhere else as decentralised.
     */
    public record OfficeSetup(String officeId, String municipalityId, String name, String address, String kind,
                              String partnerName, boolean central, List<HoursSet> hours, List<Closure> closures) {

        public boolean partnerDesk() {
            return KIND_PARTNER_DESK.equals(kind);
        }
    }

    /** An operator's weekly availability at one office. */
    public record Availability(DayOfWeek dayOfWeek, String from, String to, String officeId) {
    }

    public record StaffMember(String operatorId, List<String> roles, String employer, List<String> offices,
                              List<Availability> weekly) {
    }

    public static final String KIND_SECRETARIAT = "SECRETARIAT";
    public static final String KIND_PARTNER_DESK = "PARTNER_DESK";
    public static final String WALK_IN = "WALK_IN";
    public static final String BY_APPOINTMENT = "BY_APPOINTMENT";
    public static final String PHONE_LINE = "PHONE_LINE";

    private static final MonthDay SAN_GIOVANNI = MonthDay.of(6, 24); // Monza's patron
    private static final MonthDay SAN_FRANCESCO = MonthDay.of(10, 4); // Massa's patron
    private static final MonthDay SAN_GIORGIO = MonthDay.of(4, 23); // Segrate's patron
    private static final MonthDay MADONNA_DELLA_LETTERA = MonthDay.of(6, 3); // Messina's patron
    private static final List<DayOfWeek> WEEKDAYS = List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);
    private static final String MASSA_COOPERATIVE = "Cooperativa sociale Apuana";

    /** The office ids, in the order the demo draws them; also what the launcher's OPERATOR token names. */
    public static final List<String> OFFICE_IDS = List.of("monza-villa-fossati-lamperti", "monza-san-fruttuoso",
            "monza-san-rocco", "monza-san-biagio-cazzaniga", "monza-cederna-cantalupo", "massa", "pioltello",
            "pioltello-caritas", "rodano", "segrate", "segrate-acli", "vimodrone", "corsico", "messina-centrale");

    /** The partner desks of Est Milano's distributed secretariat: what the launcher's PARTNER_DESK token names. */
    public static final List<String> PARTNER_DESK_IDS = List.of("pioltello-caritas", "segrate-acli");

    /**
     * @param since         the first day of every office's first set of hours, and of the closures
     * @param moreHoursFrom when Massa's hours go from 6 to 21 a week and Corsico adds appointment hours
     * @param until         the last day closures are needed for
     */
    public static Seed of(LocalDate since, LocalDate moreHoursFrom, LocalDate until) {
        List<District> districts = List.of(
                new District("ambito-monza", "Ambito di Monza"),
                new District("zona-apuana", "Zona Apuana (Massa)"),
                new District("est-milano", "Distretto Est Milano"),
                new District("ambito-corsico", "Ambito di Corsico"),
                new District("distretto-messina", "Distretto socio-sanitario D26 (Messina)"));
        List<Municipality> municipalities = List.of(
                new Municipality("monza", "Monza", "ambito-monza"),
                new Municipality("massa", "Massa", "zona-apuana"),
                new Municipality("pioltello", "Pioltello", "est-milano"),
                new Municipality("rodano", "Rodano", "est-milano"),
                new Municipality("segrate", "Segrate", "est-milano"),
                new Municipality("vimodrone", "Vimodrone", "est-milano"),
                new Municipality("corsico", "Corsico", "ambito-corsico"),
                new Municipality("messina", "Messina", "distretto-messina"));

        Map<String, MonthDay> patrons = Map.of("monza", SAN_GIOVANNI, "massa", SAN_FRANCESCO, "segrate", SAN_GIORGIO,
                "messina", MADONNA_DELLA_LETTERA);
        List<OfficeSetup> offices = new ArrayList<>();
        // Every municipality has its central office (the only one outside Monza); Monza's neighbourhood
        // offices are what makes its secretariat less centralised.
        Office central = (id, municipality, name, address, hours) -> offices.add(new OfficeSetup(id, municipality, name,
                address, KIND_SECRETARIAT, null, true, hours, closures(since, until, patrons.get(municipality))));
        Office neighbourhood = (id, municipality, name, address, hours) -> offices.add(new OfficeSetup(id, municipality,
                name, address, KIND_SECRETARIAT, null, false, hours, closures(since, until, patrons.get(municipality))));
        central.add("monza-villa-fossati-lamperti", "monza", "Monza, sede centrale (Villa Fossati Lamperti)",
                "Villa Fossati Lamperti, Monza", List.of(new HoursSet(since, slots(
                        slots(WALK_IN, "09:00", "12:30", WEEKDAYS),
                        slots(PHONE_LINE, "12:30", "13:30", WEEKDAYS),
                        slots(BY_APPOINTMENT, "14:00", "17:00", List.of(MONDAY, TUESDAY, THURSDAY))))));
        neighbourhood.add("monza-san-fruttuoso", "monza", "Monza, presidio San Fruttuoso", "Via Iseo, Monza",
                List.of(new HoursSet(since, slots(slots(WALK_IN, "09:00", "12:00", List.of(TUESDAY, FRIDAY)),
                        slots(BY_APPOINTMENT, "14:00", "17:00", List.of(THURSDAY))))));
        neighbourhood.add("monza-san-rocco", "monza", "Monza, presidio San Rocco", "Quartiere San Rocco, Monza",
                List.of(new HoursSet(since, slots(slots(WALK_IN, "09:00", "12:00", List.of(MONDAY, THURSDAY)),
                        slots(BY_APPOINTMENT, "14:00", "17:00", List.of(WEDNESDAY))))));
        neighbourhood.add("monza-san-biagio-cazzaniga", "monza", "Monza, presidio San Biagio-Cazzaniga",
                "Quartiere San Biagio, Monza", List.of(new HoursSet(since, slots(
                        slots(WALK_IN, "09:00", "12:00", List.of(WEDNESDAY)),
                        slots(BY_APPOINTMENT, "09:00", "12:30", List.of(FRIDAY)),
                        slots(BY_APPOINTMENT, "14:00", "16:30", List.of(TUESDAY))))));
        neighbourhood.add("monza-cederna-cantalupo", "monza", "Monza, presidio Cederna-Cantalupo", "Quartiere Cederna, Monza",
                List.of(new HoursSet(since, slots(slots(WALK_IN, "09:00", "12:30", List.of(FRIDAY)),
                        slots(WALK_IN, "14:00", "16:00", List.of(MONDAY)),
                        slots(BY_APPOINTMENT, "09:00", "12:00", List.of(TUESDAY))))));
        // Massa: 6 hours a week (walk-in Monday 9-12, appointments Thursday 15-18), then 21.
        central.add("massa", "massa", "Massa, Segretariato Sociale", "Piazza Aranci, Massa", List.of(
                new HoursSet(since, slots(slots(WALK_IN, "09:00", "12:00", List.of(MONDAY)),
                        slots(BY_APPOINTMENT, "15:00", "18:00", List.of(THURSDAY)))),
                new HoursSet(moreHoursFrom, slots(slots(WALK_IN, "09:30", "13:00", List.of(MONDAY, WEDNESDAY, FRIDAY)),
                        slots(PHONE_LINE, "08:30", "09:30", WEEKDAYS),
                        slots(BY_APPOINTMENT, "15:00", "17:45", List.of(TUESDAY, THURSDAY))))));
        central.add("pioltello", "pioltello", "Pioltello, Segretariato Sociale", "Via Carlo Cattaneo, Pioltello",
                List.of(new HoursSet(since, slots(slots(WALK_IN, "09:00", "12:00", List.of(MONDAY, THURSDAY)),
                        slots(PHONE_LINE, "09:00", "12:00", List.of(WEDNESDAY)),
                        slots(BY_APPOINTMENT, "14:00", "17:00", List.of(TUESDAY, THURSDAY))))));
        offices.add(new OfficeSetup("pioltello-caritas", "pioltello", "Pioltello, centro d'ascolto Caritas",
                "Parrocchia di Pioltello", KIND_PARTNER_DESK, "Caritas Ambrosiana", false,
                List.of(new HoursSet(since, slots(slots(WALK_IN, "09:30", "12:00", List.of(SATURDAY))))),
                closures(since, until, null)));
        central.add("rodano", "rodano", "Rodano, Segretariato Sociale", "Piazza Municipio, Rodano",
                List.of(new HoursSet(since, slots(slots(WALK_IN, "09:00", "11:00", List.of(THURSDAY)),
                        slots(BY_APPOINTMENT, "10:00", "12:00", List.of(TUESDAY))))));
        central.add("segrate", "segrate", "Segrate, Segretariato Sociale", "Via I Maggio, Segrate",
                List.of(new HoursSet(since, slots(slots(WALK_IN, "09:00", "12:30", List.of(TUESDAY, FRIDAY)),
                        slots(PHONE_LINE, "09:00", "12:00", List.of(MONDAY)),
                        slots(BY_APPOINTMENT, "14:00", "16:30", List.of(WEDNESDAY))))));
        offices.add(new OfficeSetup("segrate-acli", "segrate", "Segrate, sportello ACLI", "Circolo ACLI, Segrate",
                KIND_PARTNER_DESK, "ACLI Milanesi", false,
                List.of(new HoursSet(since, slots(slots(WALK_IN, "09:30", "12:00", List.of(SATURDAY))))),
                closures(since, until, SAN_GIORGIO)));
        central.add("vimodrone", "vimodrone", "Vimodrone, Segretariato Sociale", "Via Cesare Battisti, Vimodrone",
                List.of(new HoursSet(since, slots(slots(WALK_IN, "09:00", "12:00", List.of(WEDNESDAY)),
                        slots(BY_APPOINTMENT, "14:00", "16:00", List.of(MONDAY, THURSDAY))))));
        // DESIGN.md: walk-in Monday 9-11; phone booking Mon/Wed 11:30-13, Tue/Thu 16-17:30. Appointments on
        // Thursday morning only (2 hours a week), then four mornings a week (14 hours).
        List<WeeklySlot> corsicoAlways = slots(slots(WALK_IN, "09:00", "11:00", List.of(MONDAY)),
                slots(PHONE_LINE, "11:30", "13:00", List.of(MONDAY, WEDNESDAY)),
                slots(PHONE_LINE, "16:00", "17:30", List.of(TUESDAY, THURSDAY)));
        central.add("corsico", "corsico", "Corsico, Segretariato Sociale", "Via Roma, Corsico", List.of(
                new HoursSet(since, slots(corsicoAlways, slots(BY_APPOINTMENT, "09:00", "11:00", List.of(THURSDAY)))),
                new HoursSet(moreHoursFrom, slots(corsicoAlways,
                        slots(BY_APPOINTMENT, "08:30", "12:30", List.of(TUESDAY, THURSDAY, FRIDAY)),
                        // Wednesday's phone line opens at 11:30.
                        slots(BY_APPOINTMENT, "09:30", "11:30", List.of(WEDNESDAY))))));
        // Messina, the research's comparison city: one centralised secretariat for the whole city, at the
        // Comune's social services department; walk-ins every weekday morning, a phone line on two
        // afternoons, appointments (mostly to check documents and eligibility) three afternoons.
        central.add("messina-centrale", "messina", "Messina, Segretariato Sociale (sede centrale)",
                "Palazzo Zanca, Piazza Unione Europea, Messina", List.of(new HoursSet(since, slots(
                        slots(WALK_IN, "09:00", "12:30", WEEKDAYS),
                        slots(PHONE_LINE, "15:00", "17:00", List.of(TUESDAY, THURSDAY)),
                        slots(BY_APPOINTMENT, "15:00", "17:30", List.of(MONDAY, WEDNESDAY, FRIDAY))))));

        return new Seed(districts, municipalities, offices, staff(offices));
    }

    /**
     * Staff per office, from its volume: social workers (one per 25 users a month), an educator (two at
     * Massa, where every interview has one), front-desk staff; volunteers at partner desks, employed by the
     * partner; Massa's operators by the cooperative that runs its service. Each is available during the
     * office's working week (partner volunteers on the desk's Saturday morning).
     */
    private static List<StaffMember> staff(List<OfficeSetup> offices) {
        List<StaffMember> staff = new ArrayList<>();
        for (OfficeSetup office : offices) {
            String id = office.officeId();
            if (office.partnerDesk()) {
                List<Availability> saturday = List.of(new Availability(SATURDAY, "09:00", "12:30", id));
                for (int i = 1; i <= 2; i++) {
                    staff.add(new StaffMember(id + "-pv" + i, List.of("PARTNER_VOLUNTEER"), office.partnerName(),
                            List.of(id), saturday));
                }
                continue;
            }
            String employer = id.equals("massa") ? MASSA_COOPERATIVE : "Comune di " + municipalityName(office);
            List<Availability> week = new ArrayList<>();
            for (DayOfWeek day : WEEKDAYS) {
                week.add(new Availability(day, "08:30", "18:00", id));
            }
            int socialWorkers = Math.max(1, OfficeProfiles.of(id).usersPerMonth() / 25);
            for (int i = 1; i <= socialWorkers; i++) {
                staff.add(new StaffMember(id + "-sw" + i, List.of("SOCIAL_WORKER"), employer, List.of(id), week));
            }
            int educators = id.equals("massa") ? 2 : 1;
            for (int i = 1; i <= educators; i++) {
                staff.add(new StaffMember(id + "-ed" + i, List.of("EDUCATOR"), employer, List.of(id), week));
            }
            staff.add(new StaffMember(id + "-adm1", List.of("ADMINISTRATIVE"), employer, List.of(id), week));
        }
        return staff;
    }

    private static String municipalityName(OfficeSetup office) {
        String id = office.municipalityId();
        return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }

    /** National holidays of every year from {@code since} to {@code until}, and the patron's day. */
    private static List<Closure> closures(LocalDate since, LocalDate until, MonthDay patron) {
        List<Closure> closures = new ArrayList<>();
        for (int year = since.getYear(); year <= until.getYear(); year++) {
            for (Holidays.Holiday holiday : Holidays.of(year)) {
                closures.add(new Closure(holiday.date(), holiday.date(), holiday.name()));
            }
            if (patron != null) {
                closures.add(new Closure(patron.atYear(year), patron.atYear(year), "Festa del santo patrono"));
            }
        }
        closures.removeIf(c -> c.to().isBefore(since) || c.from().isAfter(until));
        return closures;
    }

    private static List<WeeklySlot> slots(String mode, String from, String to, List<DayOfWeek> days) {
        List<WeeklySlot> slots = new ArrayList<>();
        for (DayOfWeek day : days) {
            slots.add(new WeeklySlot(day, from, to, mode));
        }
        return slots;
    }

    @SafeVarargs
    private static List<WeeklySlot> slots(List<WeeklySlot>... groups) {
        List<WeeklySlot> all = new ArrayList<>();
        for (List<WeeklySlot> group : groups) {
            all.addAll(group);
        }
        return List.copyOf(all);
    }

    @FunctionalInterface
    private interface Office {
        void add(String id, String municipality, String name, String address, List<HoursSet> hours);
    }
}
