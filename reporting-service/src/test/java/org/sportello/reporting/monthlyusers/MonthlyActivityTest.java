package org.sportello.reporting.monthlyusers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sportello.reporting.monthlyusers.MonthlyActivity.Cell;
import org.sportello.reporting.monthlyusers.MonthlyActivity.CitizenSeen;
import org.sportello.reporting.monthlyusers.MonthlyActivity.Tally;

class MonthlyActivityTest {

    private static final YearMonth MARCH = YearMonth.of(2025, 3);
    private static final UUID ANNA = UUID.fromString("00000000-0000-4000-8000-000000000001");
    private static final UUID BRUNO = UUID.fromString("00000000-0000-4000-8000-000000000002");

    @Test
    void everyContactCountsAtItsOfficeAndUnderAll() {
        MonthlyActivity activity = MonthlyActivity.of(List.of(
                new CountedContact(MARCH, "monza-centro", ANNA),
                new CountedContact(MARCH, "monza-centro", ANNA),
                new CountedContact(MARCH, "monza-san-rocco", ANNA),
                new CountedContact(MARCH, "monza-san-rocco", BRUNO),
                new CountedContact(MARCH, "monza-san-rocco", null)));

        assertThat(activity.tallies()).containsExactly(
                entry("all", new Tally(5, 1)),
                entry("monza-centro", new Tally(2, 0)),
                entry("monza-san-rocco", new Tally(3, 1)));
    }

    @Test
    void aCitizenIsSeenOncePerOfficeAndOnceUnderAll() {
        MonthlyActivity activity = MonthlyActivity.of(List.of(
                new CountedContact(MARCH, "monza-centro", ANNA),
                new CountedContact(MARCH, "monza-centro", ANNA),
                new CountedContact(MARCH, "monza-san-rocco", ANNA),
                new CountedContact(MARCH, "monza-san-rocco", null)));

        assertThat(activity.citizens()).containsExactly(
                new CitizenSeen(new Cell("2025-03", "all"), ANNA),
                new CitizenSeen(new Cell("2025-03", "monza-centro"), ANNA),
                new CitizenSeen(new Cell("2025-03", "monza-san-rocco"), ANNA));
    }

    @Test
    void monthsAreKeptApart() {
        MonthlyActivity activity = MonthlyActivity.of(List.of(
                new CountedContact(MARCH, "monza-centro", ANNA),
                new CountedContact(MARCH.plusMonths(1), "monza-centro", ANNA)));

        assertThat(activity.tallies().keySet()).containsExactly(
                new Cell("2025-03", "all"), new Cell("2025-03", "monza-centro"),
                new Cell("2025-04", "all"), new Cell("2025-04", "monza-centro"));
    }

    @Test
    void noContactsChangeNothing() {
        assertThat(MonthlyActivity.of(List.of()).isEmpty()).isTrue();
    }

    private static Map.Entry<Cell, Tally> entry(String officeId, Tally tally) {
        return Map.entry(new Cell("2025-03", officeId), tally);
    }
}
