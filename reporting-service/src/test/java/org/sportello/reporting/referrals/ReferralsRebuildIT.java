package org.sportello.reporting.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.sportello.contracts.referral.v1.RejectionReason;
import org.sportello.contracts.referral.v1.ServiceType;
import org.sportello.platform.readmodel.ReadModel;
import org.sportello.platform.readmodel.Rebuild;
import org.sportello.reporting.ReferralTopicProducer;
import org.sportello.reporting.ReportsApi;
import org.sportello.reporting.TestMonths;
import org.sportello.testing.SportelloServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The referral read model can be thrown away and rebuilt from the topic: afterwards both reports
 * answer exactly what they answered before, and what no event says (a row a bug or a hand wrote) is gone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReferralsRebuildIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final long DAY = 86_400;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SportelloServiceTest.register(registry, "reporting");
        registry.add("sportello.reporting.referrals.group-id", () -> "reporting.referrals.rebuild-" + UUID.randomUUID());
        registry.add("sportello.reporting.appointments.group-id", () -> "reporting.appointments.referrals-rebuild-"
                + UUID.randomUUID());
        registry.add("sportello.reporting.monthly-users.group-id", () -> "reporting.monthly-users.referrals-rebuild-"
                + UUID.randomUUID());
        ReferralTopicProducer.createTopicIfMissing();
    }

    @LocalServerPort
    int port;
    @Autowired
    List<ReadModel> readModels;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRebuiltReportAnswersExactlyAsBeforeAndForgetsWhatNoEventSays() {
        Year year = TestMonths.unusedYear();
        String district = "rebuild-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000000, 0x7fffffff));
        Instant sentAt = Instant.parse(year + "-09-01T09:00:00Z");
        try (ReferralTopicProducer referral = new ReferralTopicProducer()) {
            // Ten referrals, five accepted and five rejected; six desk referrals, all taken up.
            for (int i = 0; i < 10; i++) {
                UUID id = UUID.randomUUID();
                referral.send(ReferralEvents.sent(id, ServiceType.EMPLOYMENT_CENTRE, sentAt));
                referral.send(i < 5 ? ReferralEvents.accepted(id, sentAt.plusSeconds((i + 1) * DAY))
                        : ReferralEvents.rejected(id, RejectionReason.NOT_ELIGIBLE, sentAt.plusSeconds((i + 1) * DAY)));
            }
            for (int i = 0; i < 6; i++) {
                UUID desk = UUID.randomUUID();
                referral.send(ReferralEvents.deskSent(desk, district, sentAt));
                referral.send(ReferralEvents.deskAcknowledged(desk, district, sentAt.plusSeconds(DAY)));
            }
        }
        ReportsApi api = new ReportsApi(port);
        String funnel = "/api/reports/referrals?from=" + year + "-09&to=" + year + "-09&serviceType=EMPLOYMENT_CENTRE";
        String desk = "/api/reports/desk-referrals?from=" + year + "-09&to=" + year + "-09&districtId=" + district;
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(ReportsApi.json(get(api, funnel)).get("rows").get(0).get("rejected").asLong()).isEqualTo(5);
            assertThat(ReportsApi.json(get(api, desk)).get("rows").get(0).get("acknowledged").asLong()).isEqualTo(6);
        });
        String funnelBefore = get(api, funnel).body();
        String deskBefore = get(api, desk).body();
        jdbc.update("UPDATE referral_fate SET completed = true WHERE month = ? AND service_type = 'EMPLOYMENT_CENTRE'",
                year + "-09");
        jdbc.update("INSERT INTO desk_referral_fate (desk_referral_id, district_id, month, acknowledged)"
                + " VALUES (?, ?, ?, false)", UUID.randomUUID(), district, year + "-09");
        assertThat(get(api, funnel).body()).isNotEqualTo(funnelBefore);
        assertThat(get(api, desk).body()).isNotEqualTo(deskBefore);

        Rebuild rebuild = referrals().rebuild();

        assertThat(rebuild).isEqualTo(Rebuild.started(ReferralsProjection.NAME));
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(get(api, funnel).body()).isEqualTo(funnelBefore);
            assertThat(get(api, desk).body()).isEqualTo(deskBefore);
        });
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(get(api, funnel).body()).isEqualTo(funnelBefore);
            assertThat(get(api, desk).body()).isEqualTo(deskBefore);
        });
    }

    private ReadModel referrals() {
        return readModels.stream().filter(model -> model.name().equals(ReferralsProjection.NAME)).findFirst()
                .orElseThrow(() -> new AssertionError("no read model named " + ReferralsProjection.NAME));
    }

    private static HttpResponse<String> get(ReportsApi api, String query) {
        HttpResponse<String> response = api.get(query, ReportsApi.RESEARCHER, "application/json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }
}
