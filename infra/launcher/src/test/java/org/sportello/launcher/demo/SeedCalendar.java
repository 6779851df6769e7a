package org.sportello.launcher.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What scheduling answers for the seed in the tests that run without it: each office's weekly slots of
 * the set in force on each date, closures left out. LauncherDemoIT checks the demo against scheduling
 * itself.
 */
final class SeedCalendar {

    private SeedCalendar() {
    }

    static List<DemoOffice> offices(Seed seed, LocalDate from, LocalDate to) {
        List<DemoOffice> offices = new ArrayList<>();
        for (Seed.OfficeSetup office : seed.offices()) {
            List<DemoOffice.OpenSlot> slots = new ArrayList<>();
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                LocalDate date = day;
                boolean closed = office.closures().stream().anyMatch(c -> !date.isBefore(c.from()) && !date.isAfter(c.to()));
                Seed.HoursSet inForce = office.hours().stream().filter(h -> !h.validFrom().isAfter(date))
                        .max(Comparator.comparing(Seed.HoursSet::validFrom)).orElse(null);
                if (closed || inForce == null) {
                    continue;
                }
                for (Seed.WeeklySlot slot : inForce.slots()) {
                    if (slot.dayOfWeek() == date.getDayOfWeek()) {
                        slots.add(new DemoOffice.OpenSlot(date, LocalTime.parse(slot.from()), LocalTime.parse(slot.to()),
                                DemoOffice.Mode.valueOf(slot.mode())));
                    }
                }
            }
            offices.add(new DemoOffice(office.officeId(), office.municipalityId(), office.partnerDesk(), office.central(),
                    slots));
        }
        return offices;
    }

    /** The scenario of a plan, as the demo draws it from scheduling's answers. */
    static DemoScenario scenario(long seed, java.time.YearMonth first, java.time.YearMonth last, java.time.Instant notAfter) {
        DemoPlan plan = new DemoPlan(seed, first, last);
        return DemoScenario.generate(seed, first, last, notAfter,
                offices(plan.seedStructure(), plan.hoursFrom(), plan.hoursUntil()));
    }
}
