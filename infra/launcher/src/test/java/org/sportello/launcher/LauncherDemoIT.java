package org.sportello.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sportello.client.SportelloApi;
import org.sportello.launcher.demo.Providers;
import org.sportello.launcher.demo.Seed;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A two-month demo through the public API, on the embedded PostgreSQL (so this path is tested even
 * where a server answers on 5432): afterwards scheduling lists the seed offices (a partner desk among
 * them) with their open hours, Massa has joint appointments, the monthly report has users in every demo
 * office, the appointments report has rows, the erasure register lists the citizens the demo erased,
 * referral lists the seed providers, a provider sees its referrals, the offices their overdue ones (as
 * many as the demo printed), the secretariats their desk referrals, the referral funnel has rows in
 * more than one month (referrals are recorded at their times) and the desk report the current month.
 */
class LauncherDemoIT {

    private static final Pattern CONTACTS = Pattern.compile("([\\d,]+) contacts recorded");
    private static final Pattern ERASED = Pattern.compile("([\\d,]+) citizens erased");
    private static final Pattern ATTENDED = Pattern.compile("([\\d,]+) attended");
    private static final Pattern DESK_CONTACTS = Pattern.compile("partner desks: ([\\d,]+) orientation contacts");
    private static final Pattern REFERRALS = Pattern.compile("Referrals: (\\d+) providers registered .*?; ([\\d,]+) referrals sent");
    private static final Pattern OVERDUE = Pattern.compile("([\\d,]+) of them OVERDUE");

    private LauncherProcess launcher;
    private Path dataDir;

    @Test
    void aTwoMonthDemoFillsTheReportOfEveryOffice() throws IOException {
        dataDir = LauncherProcess.newDataDirectory("demo");
        int offset = LauncherProcess.freePortOffset();
        // The two months before this one, whole: the current one may have had hardly any opening hours yet.
        // Two, so that the referrals, recorded at their times, fall in more than one month of the funnel.
        YearMonth month = YearMonth.now(ZoneId.of("Europe/Rome")).minusMonths(1);
        YearMonth first = month.minusMonths(1);
        launcher = LauncherProcess.start("demo", dataDir, offset, "--embedded-postgres", "--demo", "--months", "2",
                "--until", month.toString(), "--seed", "7");

        String summary = launcher.awaitLine("contacts recorded", LauncherProcess.START_TIMEOUT.plusMinutes(5));
        launcher.awaitLine("Demo finished.", Duration.ofSeconds(10));
        assertThat(launcher.output()).contains("embedded PostgreSQL").doesNotContain("requests failed");
        Matcher contacts = CONTACTS.matcher(summary);
        assertThat(contacts.find()).as(summary).isTrue();
        int recorded = Integer.parseInt(contacts.group(1).replace(",", ""));
        Matcher erased = ERASED.matcher(summary);
        assertThat(erased.find()).as(summary).isTrue();

        // Scheduling lists every seed office, publicly; a partner desk names its partner.
        SportelloApi scheduling = new SportelloApi(LauncherSmokeIT.url(offset, 8082), null);
        var offices = scheduling.get("/api/offices");
        assertThat(offices.status()).as(offices.raw()).isEqualTo(200);
        List<String> ids = new java.util.ArrayList<>();
        offices.json().forEach(office -> ids.add(office.get("officeId").asString()));
        assertThat(ids).containsAll(Seed.OFFICE_IDS);
        assertThat(offices.raw()).contains("PARTNER_DESK", "Caritas");
        var hours = scheduling.get("/api/offices/massa/open-hours?from=" + month.atDay(1) + "&to=" + month.atEndOfMonth());
        assertThat(hours.status()).as(hours.raw()).isEqualTo(200);
        assertThat(hours.json().get("slots").size()).as(hours.raw()).isPositive();

        // Massa's attended interviews had a social worker and an educator together.
        Matcher attended = ATTENDED.matcher(summary);
        assertThat(attended.find()).as(summary).isTrue();
        assertThat(Integer.parseInt(attended.group(1).replace(",", ""))).as(summary).isPositive();
        SportelloApi massa = new SportelloApi(LauncherSmokeIT.url(offset, 8082), launcher.token("OPERATOR"));
        List<JsonNode> massaAppointments = new java.util.ArrayList<>();
        for (var day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            var answer = massa.get("/api/offices/massa/appointments?date=" + day);
            assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
            answer.json().get("appointments").forEach(massaAppointments::add);
        }
        assertThat(massaAppointments).as("Massa's appointments in " + month).isNotEmpty().allSatisfy(appointment ->
                assertThat(appointment.get("operators").toString()).contains("SOCIAL_WORKER", "EDUCATOR"));

        // Every month of seed 7 has erasures (DemoScenarioTest); the register is written with each erasure.
        var register = new SportelloApi(LauncherSmokeIT.url(offset, 8081), launcher.token("ADMIN")).get("/api/admin/erasures");
        assertThat(register.status()).as(register.raw()).isEqualTo(200);
        assertThat(register.json().size()).as(register.raw()).isPositive()
                .isEqualTo(Integer.parseInt(erased.group(1).replace(",", "")));
        for (JsonNode entry : register.json()) {
            assertThat(entry.get("reference").asString()).as(register.raw()).matches("Prot\\. \\d{4}/\\d{5}");
            assertThat(entry.get("erasedBy").asString()).as(register.raw()).endsWith("-privacy");
        }

        // The partner desks' orientations come after the period's contacts, in the desks' last Saturdays before
        // now: this month or the last, so among the two months read below.
        Matcher desk = DESK_CONTACTS.matcher(launcher.output());
        assertThat(desk.find()).as(launcher.output()).isTrue();
        int counted = recorded + Integer.parseInt(desk.group(1).replace(",", ""));
        SportelloApi reporting = new SportelloApi(LauncherSmokeIT.url(offset, 8084), launcher.token("RESEARCHER"));
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            // An interview booked late in the period may fall in the next month (this month, already past): it
            // is recorded then, so the demo's contacts are those of its months and the month after.
            var answer = reporting.get("/api/reports/monthly-users?from=" + first + "&to=" + month.plusMonths(1));
            assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
            JsonNode all = LauncherSmokeIT.rowOf(answer.json(), month, "all");
            assertThat(all).as(answer.raw()).isNotNull();
            int allContacts = 0;
            for (YearMonth m = first; !m.isAfter(month.plusMonths(1)); m = m.plusMonths(1)) {
                JsonNode row = LauncherSmokeIT.rowOf(answer.json(), m, "all");
                allContacts += row == null || row.get("contacts").isNull() ? 0 : row.get("contacts").asInt();
            }
            assertThat(allContacts).as("contacts of all offices").isEqualTo(counted);
            for (String office : Seed.OFFICE_IDS) {
                JsonNode row = LauncherSmokeIT.rowOf(answer.json(), month, office);
                assertThat(row).as("row of " + office + " in " + answer.raw()).isNotNull();
                // A small office's count may be withheld (1 to 4), never zero.
                assertThat(row.get("citizens").isNull() || row.get("citizens").asInt() >= 5)
                        .as("citizens of " + office).isTrue();
            }
        });
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            var answer = reporting.get("/api/reports/appointments?from=" + month + "&to=" + month + "&officeId=massa");
            assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
            JsonNode row = LauncherSmokeIT.rowOf(answer.json(), month, "massa");
            assertThat(row).as(answer.raw()).isNotNull();
            // Massa books a few dozen a month, in the month they were asked for (recorded after the fact).
            assertThat(row.get("booked").asInt()).as(answer.raw()).isGreaterThanOrEqualTo(5);
            assertThat(row.get("hoursOpenPerWeek").get("BY_APPOINTMENT").asDouble()).as(answer.raw()).isPositive();
        });

        // Referrals: the seed districts' providers, referrals sent over the two months (recorded at their times),
        // a provider seeing its own, the offices' overdue ones, the partner desks' referrals at their
        // secretariats (sent now), the funnel over the period and the desk report of the current month.
        Matcher referrals = REFERRALS.matcher(launcher.output());
        assertThat(referrals.find()).as(launcher.output()).isTrue();
        assertThat(Integer.parseInt(referrals.group(1))).isEqualTo(Providers.seed().all().size());
        int sent = Integer.parseInt(referrals.group(2).replace(",", ""));
        assertThat(sent).as(referrals.group()).isPositive();
        SportelloApi referral = new SportelloApi(LauncherSmokeIT.url(offset, 8083), launcher.token("OPERATOR"));
        var estMilano = referral.get("/api/providers?districtId=est-milano");
        assertThat(estMilano.status()).as(estMilano.raw()).isEqualTo(200);
        assertThat(estMilano.raw()).contains("caritas-est-milano", "patronato-acli-segrate", "punto-digitale-segrate");
        var serd = new SportelloApi(LauncherSmokeIT.url(offset, 8083), launcher.token("PROVIDER"))
                .get("/api/providers/" + Providers.PRINTED_PROVIDER + "/referrals");
        assertThat(serd.status()).as(serd.raw()).isEqualTo(200);
        assertThat(serd.raw()).doesNotContain("caseId", "citizenId");
        int deskReferrals = 0;
        for (String secretariat : List.of("pioltello", "rodano", "segrate", "vimodrone")) {
            var incoming = referral.get("/api/offices/" + secretariat + "/incoming-desk-referrals");
            assertThat(incoming.status()).as(incoming.raw()).isEqualTo(200);
            deskReferrals += incoming.json().size();
        }
        assertThat(deskReferrals).isEqualTo(2 * 12);
        // Those never answered whose deadline passed are OVERDUE: the demo ran the deadline check and said how many.
        Matcher overdue = OVERDUE.matcher(launcher.output());
        assertThat(overdue.find()).as(launcher.output()).isTrue();
        int printedOverdue = Integer.parseInt(overdue.group(1).replace(",", ""));
        assertThat(printedOverdue).as(overdue.group()).isPositive();
        SportelloApi referralAdmin = new SportelloApi(LauncherSmokeIT.url(offset, 8083), launcher.token("ADMIN"));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            int listed = 0;
            for (String office : Seed.OFFICE_IDS) {
                var list = referralAdmin.get("/api/offices/" + office + "/referrals?state=OVERDUE");
                assertThat(list.status()).as(list.raw()).isEqualTo(200);
                for (JsonNode item : list.json()) {
                    assertThat(item.get("state").asString()).isEqualTo("OVERDUE");
                    assertThat(item.get("overdueAt").isNull()).as(item.toString()).isFalse();
                    listed++;
                }
            }
            assertThat(listed).as("overdue referrals listed by the offices").isEqualTo(printedOverdue);
        });
        YearMonth now = YearMonth.now(ZoneId.of("Europe/Rome"));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            var funnel = reporting.get("/api/reports/referrals?from=" + first + "&to=" + now);
            assertThat(funnel.status()).as(funnel.raw()).isEqualTo(200);
            java.util.Set<String> months = new java.util.TreeSet<>();
            funnel.json().get("rows").forEach(row -> months.add(row.get("month").asString()));
            assertThat(months).as(funnel.raw()).contains(first.toString(), month.toString());
            var desks = reporting.get("/api/reports/desk-referrals?from=" + now + "&to=" + now);
            assertThat(desks.status()).as(desks.raw()).isEqualTo(200);
            JsonNode row = null;
            for (JsonNode candidate : desks.json().get("rows")) {
                if (candidate.get("districtId").asString().equals("est-milano")) {
                    row = candidate;
                }
            }
            assertThat(row).as(desks.raw()).isNotNull();
            assertThat(row.get("sent").asInt()).isEqualTo(2 * 12);
        });

        // Care versus control: Monza, care-leaning and decentralised, beside Messina, control-leaning
        // with one central office, as the demo's profiles make them and the research page shows them.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            var compare = reporting.get("/api/research/compare?municipalities=monza,messina&from=" + first + "&to=" + month);
            assertThat(compare.status()).as(compare.raw()).isEqualTo(200);
            JsonNode monza = compare.json().get("municipalities").get(0).get("period");
            JsonNode messina = compare.json().get("municipalities").get(1).get("period");
            assertThat(compare.json().get("municipalities").get(1).get("unit").asString()).isEqualTo("messina");
            assertThat(monza.get("careFirstShare").isNumber() && messina.get("careFirstShare").isNumber())
                    .as(compare.raw()).isTrue();
            assertThat(monza.get("careFirstShare").asDouble()).as(compare.raw())
                    .isGreaterThan(messina.get("careFirstShare").asDouble() + 0.2);
            assertThat(messina.get("decentralisedShare").asDouble()).as(compare.raw()).isZero();
            assertThat(monza.get("decentralisedShare").asDouble()).as(compare.raw()).isPositive();
        });
        var page = reporting.get("/research/", "text/html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw()).contains("/api/research/");

        List<ProcessHandle> children = launcher.descendants();
        assertThat(launcher.stop()).isEqualTo(143);
        LauncherProcess.assertNothingLeft(children, 9092 + offset, 8081 + offset, 8082 + offset, 8083 + offset, 8084 + offset,
                5433 + offset);
    }

    @AfterEach
    void cleanUp() throws IOException {
        if (launcher != null) {
            launcher.kill();
        }
        if (dataDir != null) {
            DataDirectoryCleaner.delete(dataDir);
        }
    }
}
