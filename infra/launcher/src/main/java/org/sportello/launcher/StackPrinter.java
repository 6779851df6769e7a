package org.sportello.launcher;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * What the user needs once the stack is up: services with their URL, health and log; where Kafka and
 * PostgreSQL are; the OpenAPI documents; a token per role; and a curl command to try. Token lines are
 * {@code export ROLE_TOKEN=...}, ready to paste into a shell, and what the smoke test reads.
 */
final class StackPrinter {

    /** One line of the table; {@code url} is null for a service that is not built. */
    record ServiceRow(String name, String url, String health, String logOrNote) {
    }

    static final List<String> ROLES = List.of("OPERATOR", "RESEARCHER", "ADMIN", "PROVIDER", "PARTNER_DESK");
    static final String READY_LINE = "Sportello is running. Press Ctrl-C to stop it (the data is kept).";
    private static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Rome");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private final PrintStream out;

    StackPrinter(PrintStream out) {
        this.out = out;
    }

    void print(List<ServiceRow> services, String kafka, String postgres, Path dataDir, Map<String, String> tokens) {
        out.println();
        out.println("Sportello is up. Data directory: " + dataDir);
        out.println();
        out.printf("  %-20s %-24s %-8s %s%n", "SERVICE", "URL", "HEALTH", "LOG");
        for (ServiceRow row : services) {
            out.printf("  %-20s %-24s %-8s %s%n", row.name(), row.url() == null ? "-" : row.url(), row.health(),
                    row.logOrNote());
        }
        out.println();
        out.println("  Kafka       " + kafka);
        out.println("  PostgreSQL  " + postgres);
        out.println();
        out.println("OpenAPI documents:");
        services.stream().filter(r -> r.url() != null).forEach(r -> out.println("  " + r.url() + "/v3/api-docs"));
        out.println();
        out.println("Tokens (valid 12 h), ready to paste into a shell:");
        tokens.forEach((role, token) -> out.println("  export " + role + "_TOKEN=" + token));
        if (tokens.containsKey("PROVIDER")) {
            out.println("  (PROVIDER answers for the demo's provider " + org.sportello.launcher.demo.Providers.PRINTED_PROVIDER
                    + "; PARTNER_DESK is a volunteer at " + String.join(" and ",
                    org.sportello.launcher.demo.Seed.PARTNER_DESK_IDS) + ")");
        }
        out.println();
        printExamples(services);
        out.println();
        out.println(READY_LINE);
        out.flush();
    }

    private void printExamples(List<ServiceRow> services) {
        String intake = url(services, "intake-service");
        String reporting = url(services, "reporting-service");
        if (intake == null) {
            return;
        }
        out.println("Try it (at an office scheduling has: after --demo, or create one as the README shows): record an "
                + "anonymous walk-in contact, then read this month's report:");
        out.println("  curl -s -X POST " + intake + "/api/contacts -H \"Authorization: Bearer $OPERATOR_TOKEN\" "
                + "-H 'Content-Type: application/json' -d '{\"officeId\":\"monza-san-rocco\",\"channel\":\"WALK_IN\","
                + "\"occurredAt\":\"'$(date -u +%Y-%m-%dT%H:%M:%SZ)'\","
                + "\"operators\":[{\"operatorId\":\"operator-1\",\"role\":\"SOCIAL_WORKER\"}],"
                + "\"needs\":[{\"userArea\":\"ELDERLY\",\"categories\":[\"CARE_OF_DEPENDENT\"]}],"
                + "\"outcomes\":[\"INFORMATION_GIVEN\"]}'");
        if (reporting != null) {
            String month = YearMonth.now(OFFICE_ZONE).toString();
            out.println("  curl -s '" + reportUrl(reporting, month, month) + "' -H \"Authorization: Bearer $RESEARCHER_TOKEN\"");
        }
        String scheduling = url(services, "scheduling-service");
        if (scheduling != null) {
            LocalDate today = LocalDate.now(OFFICE_ZONE);
            out.println("Offices and their open hours at scheduling (public; empty until created, e.g. by --demo):");
            out.println("  curl -s " + scheduling + "/api/offices");
            out.println("  curl -s '" + scheduling + "/api/offices/monza-san-rocco/open-hours?from=" + today + "&to="
                    + today.plusDays(13) + "'");
        }
    }

    /**
     * After the demo: its referrals as an office, a provider and a partner desk's secretariat see them,
     * the referral funnel from the demo's first month (referrals are recorded at their times) to now,
     * and the partner desks' referrals of the current month (desk referrals are sent now: that API
     * takes no past time).
     */
    static void printReferralExamples(PrintStream out, String referral, String reporting, YearMonth firstMonth) {
        out.println("Referrals (a year's history, answered late now and then; those never answered are OVERDUE): "
                + "providers in a district, an office's referrals still waiting for an answer and its overdue ones, "
                + "what Monza's SerD sees with its own PROVIDER token, and a secretariat's desk referrals:");
        out.println("  curl -s '" + referral + "/api/providers?districtId=est-milano' -H \"Authorization: Bearer "
                + "$OPERATOR_TOKEN\"");
        out.println("  curl -s '" + referral + "/api/offices/pioltello/referrals?state=SENT' -H \"Authorization: Bearer "
                + "$OPERATOR_TOKEN\"");
        out.println("  curl -s '" + referral + "/api/offices/pioltello/referrals?state=OVERDUE' -H \"Authorization: "
                + "Bearer $OPERATOR_TOKEN\"");
        out.println("  curl -s '" + referral + "/api/providers/" + org.sportello.launcher.demo.Providers.PRINTED_PROVIDER
                + "/referrals' -H \"Authorization: Bearer $PROVIDER_TOKEN\"");
        out.println("  curl -s '" + referral + "/api/offices/pioltello/incoming-desk-referrals' -H \"Authorization: "
                + "Bearer $OPERATOR_TOKEN\"");
        if (reporting != null) {
            String month = YearMonth.now(OFFICE_ZONE).toString();
            out.println("  curl -s '" + reporting + "/api/reports/referrals?from=" + firstMonth + "&to=" + month
                    + "' -H \"Authorization: Bearer $RESEARCHER_TOKEN\"");
            out.println("  curl -s '" + reporting + "/api/reports/desk-referrals?from=" + month + "&to=" + month
                    + "' -H \"Authorization: Bearer $RESEARCHER_TOKEN\"");
        }
    }

    /**
     * After the demo: the research page, and the care-versus-control indicators of Monza (care-leaning,
     * decentralised) beside Messina (control-leaning, one central office) over the demo's complete
     * months. The month still running has a few days of small counts, and a comparison's period
     * withholds whatever any of its months withholds, so with it the period would show nothing.
     */
    static void printResearchExamples(PrintStream out, String reporting, YearMonth firstMonth, YearMonth lastMonth) {
        YearMonth running = YearMonth.now(OFFICE_ZONE);
        YearMonth to = lastMonth.isBefore(running) || !firstMonth.isBefore(running) ? lastMonth : running.minusMonths(1);
        out.println("Care versus control: the research page (log in with $RESEARCHER_TOKEN), and Monza (care-leaning, "
                + "four neighbourhood offices) beside Messina (control-leaning, one central office) over the demo's "
                + "complete months:");
        out.println("  " + researchPageUrl(reporting));
        out.println("  curl -s '" + compareUrl(reporting, firstMonth, to) + "' -H \"Authorization: Bearer "
                + "$RESEARCHER_TOKEN\"");
    }

    static String researchPageUrl(String reporting) {
        return reporting + "/research";
    }

    static String compareUrl(String reporting, YearMonth from, YearMonth to) {
        return reporting + "/api/research/compare?municipalities=monza,messina&from=" + from + "&to=" + to;
    }

    static String reportUrl(String reporting, String from, String to) {
        return reporting + "/api/reports/monthly-users?from=" + from + "&to=" + to;
    }

    static String appointmentsReportUrl(String reporting, String from, String to) {
        return reporting + "/api/reports/appointments?from=" + from + "&to=" + to;
    }

    static String url(List<ServiceRow> services, String name) {
        return services.stream().filter(r -> r.name().equals(name)).map(ServiceRow::url).findFirst().orElse(null);
    }

    /** UP or DOWN as the service's own health endpoint says; DOWN when it does not answer. */
    static String health(String baseUrl) {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 && answer.body().contains("\"UP\"") ? "UP" : "DOWN";
        } catch (java.io.IOException e) {
            return "DOWN";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "DOWN";
        }
    }
}
