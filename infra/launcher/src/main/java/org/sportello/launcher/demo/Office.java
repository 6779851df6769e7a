package org.sportello.launcher.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;

import org.sportello.contracts.intake.v1.UserArea;

/**
 * An office of the demo, with what makes its numbers plausible.
 *
 * @param id             the lowercase slug intake knows it by
 * @param municipality   where its citizens live (municipalityOfResidence)
 * @param cadastralCode  the municipality's code in fiscal codes (codice catastale), for citizens born there
 * @param usersPerMonth  distinct citizens in an ordinary month
 * @param careShare      how often a first interview starts help at once (care) rather than screening (control)
 * @param areas          relative weights of the user areas its citizens come with
 * @param patronDay      the municipality's patron saint's day, when offices are closed; null if none modelled
 */
public record Office(String id, String name, String municipality, String district, String cadastralCode,
                     int usersPerMonth, double careShare, Map<UserArea, Integer> areas, List<OpeningHours> hours,
                     MonthDay patronDay) {

    public Office {
        areas = Map.copyOf(areas);
        hours = List.copyOf(hours);
    }

    /** Whether a contact of this channel at this local time falls in one of the office's slots on a working day. */
    public boolean isOpen(LocalDateTime time, org.sportello.contracts.intake.v1.Channel channel) {
        return !isClosedOn(time.toLocalDate()) && hours.stream().anyMatch(h -> h.contains(time) && h.allows(channel));
    }

    public boolean isClosedOn(LocalDate date) {
        return Holidays.isNational(date) || patronDay != null && MonthDay.from(date).equals(patronDay);
    }

    public boolean has(OpeningHours.Mode mode) {
        return hours.stream().anyMatch(h -> h.mode() == mode);
    }
}
