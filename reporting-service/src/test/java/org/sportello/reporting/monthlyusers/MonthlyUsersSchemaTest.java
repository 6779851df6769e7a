package org.sportello.reporting.monthlyusers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sportello.platform.problem.DomainException;
import org.sportello.reporting.research.MonthRange;
import org.sportello.reporting.research.OfficeSlug;

/**
 * What the OpenAPI document promises of months and office ids is what the server enforces: a
 * value the server takes matches the documented pattern, and one that does not match is refused.
 */
class MonthlyUsersSchemaTest {

    private static final Pattern MONTH = Pattern.compile(MonthlyUsersReport.MONTH_PATTERN);
    private static final Pattern OFFICE_ID = Pattern.compile(MonthlyUsersReport.OFFICE_ID_PATTERN);

    @Test
    void aMonthIsTakenExactlyWhenItMatchesTheDocumentedPattern() {
        for (String month : List.of("2025-01", "2025-12", "0001-01", "9999-12", "2025-13", "2025-00", "25-01",
                "2025-1", "2025/01", "+10000-01", "2025-01 ", "\u0662\u0660\u0662\u0665-01")) {
            assertThat(MONTH.matcher(month).matches()).as(month).isEqualTo(accepted(month));
        }
    }

    @Test
    void anOfficeIdIsTakenExactlyWhenItMatchesTheDocumentedPatternAndLength() {
        for (String officeId : List.of("monza", "monza-san-rocco", "all", "pioltello-2", "Monza", "monza--centro",
                "-monza", "monza-", "monza centro", "sede-è", "a".repeat(64), "a".repeat(65))) {
            boolean documented = OFFICE_ID.matcher(officeId).matches() && officeId.length() <= OfficeSlug.MAX_LENGTH;
            assertThat(documented).as(officeId).isEqualTo(OfficeSlug.isValid(officeId));
        }
    }

    private static boolean accepted(String month) {
        try {
            MonthRange.parse(month, month);
            return true;
        } catch (DomainException refused) {
            return false;
        }
    }
}
