package org.sportello.launcher.demo;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/** Italy's national public holidays, when no office opens. */
final class Holidays {

    private static final Set<MonthDay> FIXED = Set.of(
            MonthDay.of(1, 1),   // Capodanno
            MonthDay.of(1, 6),   // Epifania
            MonthDay.of(4, 25),  // Liberazione
            MonthDay.of(5, 1),   // Festa del lavoro
            MonthDay.of(6, 2),   // Festa della Repubblica
            MonthDay.of(8, 15),  // Ferragosto
            MonthDay.of(11, 1),  // Ognissanti
            MonthDay.of(12, 8),  // Immacolata
            MonthDay.of(12, 25), // Natale
            MonthDay.of(12, 26)); // Santo Stefano

    private Holidays() {
    }

    static boolean isNational(LocalDate date) {
        return FIXED.contains(MonthDay.from(date)) || date.equals(easter(date.getYear()).plusDays(1));
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
