package org.sportello.reporting.research.indicators;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The offices known to research, each with its municipality and district, as scheduling published
 * them. An office whose municipality has not been told yet belongs to no district.
 */
record Registry(List<Office> offices) {

    /**
     * @param central whether it is its municipality's central office; every other office is decentralised
     */
    record Office(String id, String name, String municipalityId, String municipalityName, String districtId,
                  String districtName, boolean central) {

        /** The unit this office belongs to at {@code level}; empty for a district it has none of. */
        Optional<Unit> unit(GroupBy level) {
            return switch (level) {
                case OFFICE -> Optional.of(new Unit(level, id, name));
                case MUNICIPALITY -> Optional.of(new Unit(level, municipalityId,
                        municipalityName == null ? municipalityId : municipalityName));
                case DISTRICT -> districtId == null ? Optional.empty()
                        : Optional.of(new Unit(level, districtId, districtName == null ? districtId : districtName));
            };
        }
    }

    /** An office, a municipality or a district, as a row names it. */
    record Unit(GroupBy level, String id, String name) {

        /** The id of one of this unit's cells, unique across levels (an office and a municipality may share a slug). */
        String cell(String month, String measure) {
            return month + "/" + measure + "/" + level.code() + "/" + id;
        }
    }

    Registry {
        offices = offices.stream().sorted(Comparator.comparing(Office::id)).toList();
    }

    /** The units at {@code level} that hold at least one office, by id, each with its offices. */
    Map<Unit, List<Office>> units(GroupBy level) {
        return units(level, office -> true);
    }

    /** The units at {@code level} that hold at least one office {@code chosen} accepts, by id, with all their offices. */
    Map<Unit, List<Office>> units(GroupBy level, Predicate<Office> chosen) {
        Map<String, Unit> chosenUnits = new TreeMap<>();
        for (Office office : offices) {
            if (chosen.test(office)) {
                office.unit(level).ifPresent(unit -> chosenUnits.putIfAbsent(unit.id(), unit));
            }
        }
        Map<Unit, List<Office>> units = new LinkedHashMap<>();
        chosenUnits.values().forEach(unit -> units.put(unit, offices.stream()
                .filter(office -> office.unit(level).map(unit::equals).orElse(false)).toList()));
        return units;
    }

    boolean hasOffice(Predicate<Office> which) {
        return offices.stream().anyMatch(which);
    }
}
