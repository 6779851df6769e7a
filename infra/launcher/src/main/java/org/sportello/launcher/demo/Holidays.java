package org.sportello.launcher.demo;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Italy's national public holidays, when no office opens. */
final class Holidays {

    /** A holiday on a date, with its name as the closure's reason. */
    record Holiday(LocalDate date, String name) {
    }

    private static final Map<MonthDay, String> FIXED = fixed();

    private Holidays() {
    }

    static boolean isNational(LocalDate date) {
        return FIXED.containsKey(MonthDay.from(date)) || date.equals(easter(date.getYear()).plusDays(1));
    }

    /** Every national holiday of the year, in date order. */
    static List<Holiday> of(int year) {
        List<Holiday> holidays = new ArrayList<>();
        FIXED.forEach((day, name) -> holidays.add(new Holiday(day.atYear(year), name)));
        holidays.add(new Holiday(easter(year).plusDays(1), "Lunedì dell'Angelo"));
        holidays.sort(java.util.Comparator.comparing(Holiday::date));
        return holidays;
    }

    private static Map<MonthDay, String> fixed() {
        Map<MonthDay, String> days = new LinkedHashMap<>();
        days.put(MonthDay.of(1, 1), "Capodanno");
        days.put(MonthDay.of(1, 6), "Epifania");
        days.put(MonthDay.of(4, 25), "Festa della Liberazione");
        days.put(MonthDay.of(5, 1), "Festa del lavoro");
        days.put(MonthDay.of(6, 2), "Festa della Repubblica");
        days.put(MonthDay.of(8, 15), "Ferragosto");
        days.put(MonthDay.of(11, 1), "Ognissanti");
        days.put(MonthDay.of(12, 8), "Immacolata Concezione");
        days.put(MonthDay.of(12, 25), "Natale");
        days.put(MonthDay.of(12, 26), "Santo Stefano");
        return Map.copyOf(days);
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus/Jones/Butcher). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
