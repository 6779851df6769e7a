package org.sportello.launcher.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.sportello.contracts.intake.v1.Need;
import org.sportello.contracts.intake.v1.NeedCategory;
import org.sportello.contracts.intake.v1.UserArea;

/**
 * The orientation contacts a partner desk's volunteers record for the demo: in the desk's last open
 * slots before now (as scheduling lists them), with the needs people bring to a parish or union desk.
 */
final class DeskOrientations {

    private DeskOrientations() {
    }

    /** {@code count} times spread over the desk's latest open slots that have ended before {@code notAfter}. */
    static List<Instant> times(DemoOffice desk, Instant notAfter, int count, SplittableRandom random) {
        List<DemoOffice.OpenSlot> past = desk.slots().stream()
                .filter(s -> s.date().atTime(s.to()).atZone(DemoOffice.ZONE).toInstant().isBefore(notAfter))
                .sorted(Comparator.comparing(DemoOffice.OpenSlot::date).reversed()).limit(4).toList();
        List<Instant> times = new ArrayList<>();
        if (past.isEmpty()) {
            return times;
        }
        for (int i = 0; i < count; i++) {
            DemoOffice.OpenSlot slot = past.get(i % past.size());
            long minutes = java.time.Duration.between(slot.from(), slot.to()).toMinutes();
            times.add(slot.date().atTime(slot.from()).plusMinutes(random.nextLong(Math.max(1, minutes)))
                    .atZone(DemoOffice.ZONE).toInstant());
        }
        return times;
    }

    static Need need(SplittableRandom random) {
        return switch (random.nextInt(6)) {
            case 0, 1 -> new Need(UserArea.POVERTY_AND_ADULT_HARDSHIP, List.of(NeedCategory.INCOME));
            case 2 -> new Need(UserArea.POVERTY_AND_ADULT_HARDSHIP, List.of(NeedCategory.HOUSING, NeedCategory.WORK));
            case 3 -> new Need(UserArea.IMMIGRANTS, List.of(NeedCategory.DOCUMENTS_AND_LEGAL));
            case 4 -> new Need(UserArea.ELDERLY, List.of(NeedCategory.ISOLATION));
            default -> new Need(UserArea.FAMILY_AND_MINORS, List.of(NeedCategory.EDUCATION));
        };
    }
}
