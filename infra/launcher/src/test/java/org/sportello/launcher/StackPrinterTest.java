package org.sportello.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class StackPrinterTest {

    @Test
    void afterTheDemoItPrintsTheResearchPageAndMonzaBesideMessinaOverTheDemoPeriod() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        StackPrinter.printResearchExamples(out, "http://127.0.0.1:8084", YearMonth.of(2025, 12), YearMonth.of(2026, 11));

        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed.lines()).contains("  http://127.0.0.1:8084/research",
                "  curl -s 'http://127.0.0.1:8084/api/research/compare?municipalities=monza,messina&from=2025-12&to=2026-11'"
                        + " -H \"Authorization: Bearer $RESEARCHER_TOKEN\"");
        assertThat(printed).contains("Monza", "Messina");
    }

    @Test
    void theComparisonItPrintsEndsWithTheLastCompleteMonthNotTheOneStillRunning() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        YearMonth running = YearMonth.now(ZoneId.of("Europe/Rome"));

        StackPrinter.printResearchExamples(out, "http://127.0.0.1:8084", running.minusMonths(11), running);

        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("/api/research/compare?municipalities=monza,messina"
                + "&from=" + running.minusMonths(11) + "&to=" + running.minusMonths(1) + "'");
    }
}
