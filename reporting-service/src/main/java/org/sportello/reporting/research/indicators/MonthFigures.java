package org.sportello.reporting.research.indicators;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sportello.reporting.research.indicators.Registry.Office;
import org.sportello.reporting.research.indicators.Registry.Unit;

/**
 * One month's counts for every unit of the registry at every level (offices, municipalities,
 * districts), each a sum of its offices', and the distribution of days to care behind the medians.
 *
 * @param month YYYY-MM
 */
record MonthFigures(String month, Map<Unit, Counts> counts, Map<Unit, DaysToCare> days,
                    Map<Unit, List<Office>> officesOf) {

    /**
     * @param byOffice what each office had in the month; an office with nothing is absent
     * @param daysByOffice each office's days to care
     */
    static MonthFigures of(String month, Registry registry, Map<String, Counts> byOffice,
                           Map<String, DaysToCare> daysByOffice) {
        Map<Unit, Counts> counts = new LinkedHashMap<>();
        Map<Unit, DaysToCare> days = new LinkedHashMap<>();
        Map<Unit, List<Office>> officesOf = new LinkedHashMap<>();
        for (GroupBy level : GroupBy.values()) {
            registry.units(level).forEach((unit, offices) -> {
                Counts sum = Counts.NONE;
                DaysToCare distribution = DaysToCare.NONE;
                for (Office office : offices) {
                    Counts atOffice = byOffice.getOrDefault(office.id(), Counts.NONE);
                    // Decentralised follows from the registry, whatever the counts said.
                    sum = sum.plus(Counts.atOffice(atOffice.episodes(), atOffice.careFirst(),
                            atOffice.controlBeforeCare(), atOffice.ended(), atOffice.dropOff(), atOffice.contacts(),
                            atOffice.joint(), office.central()));
                    distribution = distribution.plus(daysByOffice.getOrDefault(office.id(), DaysToCare.NONE));
                }
                counts.put(unit, sum);
                days.put(unit, distribution);
                officesOf.put(unit, offices);
            });
        }
        return new MonthFigures(month, counts, days, officesOf);
    }
}
