package org.sportello.reporting.research.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.sportello.contracts.intake.v1.ContactOutcome.DOCUMENTS_REQUESTED;
import static org.sportello.contracts.intake.v1.ContactOutcome.INFORMATION_GIVEN;
import static org.sportello.contracts.intake.v1.ContactOutcome.ORIENTATION;
import static org.sportello.reporting.research.facts.ResearchEvents.POVERTY;
import static org.sportello.reporting.research.facts.ResearchEvents.SOCIAL_WORKER;
import static org.sportello.reporting.research.facts.ResearchEvents.SOCIAL_WORKER_AND_EDUCATOR;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sportello.contracts.intake.v1.Channel;
import org.sportello.reporting.ReportsApi;
import org.sportello.reporting.TestMonths;
import org.sportello.reporting.research.facts.ResearchEvents;
import org.sportello.reporting.research.facts.ResearchTopics;
import org.sportello.reporting.research.indicators.IndicatorsReport.Row;
import org.sportello.testing.SportelloServiceTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The indicators end to end: scheduling's registry and intake's cases and contacts published on the
 * real topics, turned into facts and episodes by the research projections in the real database,
 * read over HTTP as a researcher reads them.
 *
 * <p>In March, in a municipality of its own: at the central office, 5 cases whose first contact
 * (a social worker and an educator together) gave an orientation (care), each taken in charge three
 * days later, and 5 anonymous contacts that gave information only (5 episodes of their own, ended,
 * dropped off); at the neighbourhood office, 5 cases whose first contact asked for documents
 * (control) and whose second, ten days later, gave an orientation, still open.
 * <pre>
 * central:   10 episodes; care first 5/10 = 0.500; control before care 0/10 = 0.000; drop-off 5 of 10
 *            ended = 0.500; days to care 0 x5: median 0.0, P90 0.0; joint 5 of 10 contacts = 0.500;
 *            decentralised 0/10 = 0.000.
 * quartiere: 5; 0/5 = 0.000; 5/5 = 1.000; none ended: no drop-off share; days 10 x5: 10.0, 10.0;
 *            0 of 10 contacts = 0.000; 5/5 = 1.000.
 * the municipality: 15; 5/15 = 0.333; 5/15 = 0.333; 5/10 = 0.500; days 0 x5 and 10 x5: median between
 *            ranks 4 and 5 = 5.0, P90 at rank 8.1 = 10.0; 5/20 = 0.250; 5/15 = 0.333.
 * </pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IndicatorsEndToEndIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final long DAY = 86_400;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SportelloServiceTest.register(registry, "reporting");
        ResearchTopics.ownConsumerGroups(registry, "indicators-e2e-it");
        ResearchTopics.createTopicsIfMissing();
    }

    @LocalServerPort
    int port;

    @Test
    void theIndicatorsOfEventsPublishedByTheServices() {
        Year year = TestMonths.unusedYear();
        String prefix = "e2e" + UUID.randomUUID().toString().substring(0, 8);
        String district = prefix + "-district";
        String municipality = prefix + "-comune";
        String central = prefix + "-centro";
        String quartiere = prefix + "-quartiere";
        Instant second = Instant.parse(year + "-03-02T09:00:00Z");
        Instant third = Instant.parse(year + "-03-03T09:00:00Z");
        try (ResearchTopics topics = new ResearchTopics()) {
            topics.send(ResearchEvents.district(district, "Distretto"));
            topics.send(ResearchEvents.municipality(municipality, "Comune", district));
            topics.send(ResearchEvents.office(central, municipality, true));
            topics.send(ResearchEvents.office(quartiere, municipality, false));
            for (int i = 0; i < 5; i++) {
                UUID citizen = UUID.randomUUID();
                UUID caseId = UUID.randomUUID();
                topics.send(ResearchEvents.opened(caseId, citizen, central, second));
                topics.send(ResearchEvents.contact(caseId, citizen, central, Channel.WALK_IN, second,
                        SOCIAL_WORKER_AND_EDUCATOR, POVERTY, ORIENTATION));
                topics.send(ResearchEvents.takenInCharge(caseId, citizen, second.plusSeconds(3 * DAY)));
                topics.send(ResearchEvents.anonymous(central, second.plusSeconds(3600), INFORMATION_GIVEN));
            }
            for (int i = 0; i < 5; i++) {
                UUID citizen = UUID.randomUUID();
                UUID caseId = UUID.randomUUID();
                topics.send(ResearchEvents.opened(caseId, citizen, quartiere, third));
                topics.send(ResearchEvents.contact(caseId, citizen, quartiere, Channel.WALK_IN, third, SOCIAL_WORKER,
                        POVERTY, DOCUMENTS_REQUESTED));
                topics.send(ResearchEvents.contact(caseId, citizen, quartiere, Channel.WALK_IN,
                        third.plusSeconds(10 * DAY), SOCIAL_WORKER, POVERTY, ORIENTATION));
            }
        }
        ReportsApi api = new ReportsApi(port);
        String march = year + "-03";
        String offices = "/api/research/indicators?from=" + march + "&to=" + march + "&groupBy=office&districtId="
                + district;

        List<Row> expected = List.of(
                new Row(march, central, "Segretariato " + central, 10L, share("0.500"), share("0.000"), share("0.500"),
                        days("0.0"), days("0.0"), share("0.500"), share("0.000"), List.of()),
                new Row(march, quartiere, "Segretariato " + quartiere, 5L, share("0.000"), share("1.000"), null,
                        days("10.0"), days("10.0"), share("0.000"), share("1.000"), List.of()));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(rows(api, offices)).isEqualTo(expected));
        assertThat(rows(api, "/api/research/indicators?from=" + march + "&to=" + march
                + "&groupBy=municipality&municipalityId=" + municipality)).containsExactly(new Row(march, municipality,
                "Comune", 15L, share("0.333"), share("0.333"), share("0.500"), days("5.0"), days("10.0"),
                share("0.250"), share("0.333"), List.of()));

        // An answer is remembered only until new facts arrive: one more anonymous contact at the
        // central office is in the next answers, never the remembered ten.
        try (ResearchTopics topics = new ResearchTopics()) {
            topics.send(ResearchEvents.anonymous(central, second.plusSeconds(7200), INFORMATION_GIVEN));
        }
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(rows(api, offices))
                .extracting(Row::unit, Row::episodes)
                .containsExactly(tuple(central, 11L), tuple(quartiere, 5L)));
    }

    private static List<Row> rows(ReportsApi api, String query) {
        HttpResponse<String> response = api.get(query, ReportsApi.RESEARCHER, "application/json");
        assertThat(response.statusCode()).as(response.body()).isIn(200, 404);
        return response.statusCode() == 404 ? List.of() : ReportsApi.read(response, IndicatorsReport.class).rows();
    }

    private static BigDecimal share(String value) {
        return new BigDecimal(value);
    }

    private static BigDecimal days(String value) {
        return new BigDecimal(value);
    }
}
