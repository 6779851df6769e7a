package org.sportello.reporting.research.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sportello.contracts.intake.v1.ContactOutcome;
import org.sportello.contracts.intake.v1.Sex;
import org.sportello.reporting.ReportsApi;
import org.sportello.reporting.TestMonths;
import org.sportello.reporting.research.facts.ResearchEvents;
import org.sportello.reporting.research.facts.ResearchTopics;
import org.sportello.testing.SportelloServiceTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The extract end to end: intake's and scheduling's contracts published on the real topics, made
 * into facts and episodes by research's projections, downloaded over HTTP as a researcher does,
 * under the default scheme. A year and offices of its own keep other tests' episodes out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EpisodesExtractEndToEndIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static ResearchTopics topics;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SportelloServiceTest.register(registry, "reporting");
        ResearchTopics.ownConsumerGroups(registry, "extract-e2e-it");
        ResearchTopics.createTopicsIfMissing();
    }

    @LocalServerPort
    int port;

    @BeforeAll
    static void connect() {
        topics = new ResearchTopics();
    }

    @AfterAll
    static void disconnect() {
        topics.close();
    }

    @Test
    void episodesFromThePublishedEventsAreExtractedWithoutIdsAndTheLoneCitizenIsWithheld() {
        Year year = TestMonths.unusedYear();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String municipality = "e2e-" + suffix;
        String office = municipality + "-centro";
        topics.send(ResearchEvents.district("d-" + suffix, "Distretto " + suffix));
        topics.send(ResearchEvents.municipality(municipality, "Comune " + suffix, "d-" + suffix));
        topics.send(ResearchEvents.office(office, municipality, true));
        Instant firstContact = Instant.parse(year + "-03-02T09:00:00Z");
        // Twenty women of about 30 oriented at their first interview and taken in charge three days later...
        for (int i = 0; i < 20; i++) {
            firstAccess(year.getValue() - 30, Sex.F, office, firstContact);
        }
        // ...and one man of about 70, alone in his combination at every level: 1 of 21 rows (4.8 %) withheld.
        firstAccess(year.getValue() - 70, Sex.M, office, firstContact);

        String path = "/api/research/episodes.csv?from=" + year + "-01&to=" + year + "-12";
        ReportsApi api = new ReportsApi(port);
        await().atMost(PATIENCE).until(() -> api.get(path, ReportsApi.RESEARCHER, "text/csv").headers()
                .firstValue("Sportello-Withheld-Rows").orElse("").equals("1"));
        HttpResponse<String> extract = api.get(path, ReportsApi.RESEARCHER, "text/csv");

        assertThat(extract.headers().firstValue("Sportello-Generalisation"))
                .hasValue("ageBand=fine;period=month;place=office");
        assertThat(extract.headers().firstValue("Sportello-Scheme")).hasValue("v1");
        String row = "25-34,F,POVERTY_AND_ADULT_HARDSHIP,HOUSING;INCOME,WALK_IN," + office + "," + year
                + "-03,ORIENTATION;TAKEN_IN_CHARGE,TAKEN_IN_CHARGE,true,false,false,0\r\n";
        assertThat(extract.body()).isEqualTo("ageBand,sex,userAreas,needCategories,channel,place,period,outcomes,"
                + "endedBy,careFirst,controlBeforeCare,dropOff,daysToCare\r\n" + row.repeat(20));
        assertThat(UUID_TEXT.matcher(extract.body()).find()).isFalse();
    }

    private static void firstAccess(int birthYear, Sex sex, String office, Instant at) {
        UUID citizen = UUID.randomUUID();
        UUID caseId = UUID.randomUUID();
        topics.send(ResearchEvents.citizen(citizen, birthYear, sex));
        topics.send(ResearchEvents.opened(caseId, citizen, office, at));
        topics.send(ResearchEvents.contact(caseId, citizen, office, at, ContactOutcome.ORIENTATION));
        topics.send(ResearchEvents.takenInCharge(caseId, citizen, at.plusSeconds(3 * 86_400)));
    }
}
