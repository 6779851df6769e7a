package org.sportello.reporting.research.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.sportello.contracts.intake.v1.Channel;
import org.sportello.contracts.intake.v1.ContactOutcome;
import org.sportello.contracts.intake.v1.NeedCategory;
import org.sportello.contracts.intake.v1.UserArea;
import org.sportello.reporting.research.OfficeSlug;

class EpisodesCsvTest {

    @Test
    void aRowIsOneLineOfCodesWithoutIds() {
        EpisodesCsv.Row row = new EpisodesCsv.Row("25-34", "F", "DISABILITY;ELDERLY", "", "WALK_IN", "monza-centro",
                "2025-03", "ORIENTATION;TAKEN_IN_CHARGE", "TAKEN_IN_CHARGE", true, false, false, null);

        assertThat(EpisodesCsv.header()).isEqualTo("ageBand,sex,userAreas,needCategories,channel,place,period,outcomes,"
                + "endedBy,careFirst,controlBeforeCare,dropOff,daysToCare\r\n");
        assertThat(EpisodesCsv.line(row)).isEqualTo("25-34,F,DISABILITY;ELDERLY,,WALK_IN,monza-centro,2025-03,"
                + "ORIENTATION;TAKEN_IN_CHARGE,TAKEN_IN_CHARGE,true,false,false,\r\n");
    }

    @Test
    void theLongestPossibleRowIsWithinTheDocumentedBound() {
        EpisodesCsv.Row longest = new EpisodesCsv.Row("unknown", "unknown", all(UserArea.values()),
                all(NeedCategory.values()), "PARTNER_DESK", "x".repeat(OfficeSlug.MAX_LENGTH), "2025-Q1",
                all(ContactOutcome.values()), "TAKEN_IN_CHARGE", true, true, true, Integer.MAX_VALUE);

        assertThat(Channel.values()).extracting(Enum::name).allSatisfy(name -> assertThat(name.length()).isLessThan(16));
        assertThat(EpisodesCsv.line(longest).length()).isLessThan(EpisodesCsv.MAX_ROW_CHARS);
    }

    private static String all(Enum<?>[] codes) {
        // With room for a code of the largest size the database allows in any list (48) for each one.
        return Arrays.stream(codes).map(code -> "x".repeat(48)).collect(Collectors.joining(";"));
    }
}
