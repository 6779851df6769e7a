package org.sportello.reporting.research.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.sportello.contracts.intake.v1.ContactOutcome.DOCUMENTS_REQUESTED;
import static org.sportello.contracts.intake.v1.ContactOutcome.INFORMATION_GIVEN;
import static org.sportello.contracts.intake.v1.ContactOutcome.ORIENTATION;
import static org.sportello.reporting.research.facts.ResearchEvents.POVERTY;
import static org.sportello.reporting.research.facts.ResearchEvents.SOCIAL_WORKER_AND_EDUCATOR;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.assertj.core.api.InstanceOfAssertFactory;
import org.assertj.core.api.MapAssert;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sportello.contracts.intake.v1.Channel;
import org.sportello.contracts.intake.v1.ContactRecorded;
import org.sportello.contracts.intake.v1.Sex;
import org.sportello.contracts.scheduling.v1.OfficeCreated;
import org.sportello.contracts.scheduling.v1.OfficeKind;
import org.sportello.testing.SportelloServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Research's fact projections end to end: the services' contracts published on the real topics,
 * merged into the fact tables in the real database whatever the order they arrive in, and each
 * touched case's episode under the default scheme v1 computed in the same batch. Each test uses
 * ids and offices of its own.
 */
// Closed after the class: the test PostgreSQL server is shared, and a cached context keeps its connections.
@DirtiesContext
@SpringBootTest
class ResearchFactsIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    private static final InstanceOfAssertFactory<Map, MapAssert<String, Object>> ROW =
            InstanceOfAssertFactories.map(String.class, Object.class);
    private static ResearchTopics topics;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SportelloServiceTest.register(registry, "reporting");
        ResearchTopics.ownConsumerGroups(registry, "research-facts-it");
        registry.add("sportello.reporting.research.episodes.window-check-interval", () -> "PT0.5S");
        ResearchTopics.createTopicsIfMissing();
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        SettableClock clock() {
            return new SettableClock(NOW);
        }
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SettableClock clock;

    @BeforeAll
    static void connect() {
        topics = new ResearchTopics();
    }

    @AfterAll
    static void disconnect() {
        topics.close();
    }

    @Test
    void keepsTheOfficeRegistryWithEachMunicipalitysCentralOffice() {
        String id = unique("reg");
        topics.send(ResearchEvents.district(id + "-est", "Est " + id));
        topics.send(ResearchEvents.municipality(id + "-town", "Town " + id, id + "-est"));
        topics.send(ResearchEvents.office(id + "-centro", id + "-town", true));
        // Published before "central" was: no office was central then.
        topics.send(new OfficeCreated(id + "-nord", id + "-town", "Nord", "Via Nord 2", OfficeKind.SECRETARIAT, null,
                Instant.parse("2025-01-01T08:00:00Z"), "op-0001"));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(jdbc.sql(
                        "SELECT office_id, municipality_id, kind, central FROM research_office WHERE office_id LIKE ?"
                                + " ORDER BY office_id").param(id + "-%").query().listOfRows())
                .containsExactly(
                        Map.of("office_id", id + "-centro", "municipality_id", id + "-town", "kind", "SECRETARIAT",
                                "central", true),
                        Map.of("office_id", id + "-nord", "municipality_id", id + "-town", "kind", "SECRETARIAT",
                                "central", false)));
        assertThat(jdbc.sql("SELECT name, district_id FROM research_municipality WHERE municipality_id = ?")
                .param(id + "-town").query().singleRow())
                .isEqualTo(Map.of("name", "Town " + id, "district_id", id + "-est"));
        assertThat(jdbc.sql("SELECT name FROM research_district WHERE district_id = ?").param(id + "-est")
                .query(String.class).single()).isEqualTo("Est " + id);
    }

    @Test
    void aContactThatArrivesBeforeItsCaseStartsTheEpisodeWhichTakingInChargeEnds() {
        String office = unique("ti");
        UUID caseId = UUID.randomUUID();
        UUID citizen = UUID.randomUUID();
        // 23:30 UTC on 31 January is 00:30 on 1 February in Rome.
        Instant first = Instant.parse("2025-01-31T23:30:00Z");
        ContactRecorded contact = ResearchEvents.contact(caseId, citizen, office, Channel.APPOINTMENT, first,
                SOCIAL_WORKER_AND_EDUCATOR, POVERTY, DOCUMENTS_REQUESTED, INFORMATION_GIVEN);
        topics.send(contact);
        await().atMost(PATIENCE).until(() -> episode(caseId).isPresent());
        assertThat(episode(caseId)).get(ROW).containsEntry("ended_by", "WINDOW");

        topics.send(ResearchEvents.opened(caseId, citizen, office, first));
        topics.send(ResearchEvents.takenInCharge(caseId, citizen, first.plusSeconds(3 * 86_400)));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(episode(caseId)).get(ROW)
                .containsEntry("ended_by", "TAKEN_IN_CHARGE")
                .containsEntry("office_id", office)
                .containsEntry("month", "2025-02")
                .containsEntry("channel", "APPOINTMENT")
                .containsEntry("contacts", 1)
                .containsEntry("outcomes", "{DOCUMENTS_REQUESTED,INFORMATION_GIVEN,TAKEN_IN_CHARGE}")
                .containsEntry("user_areas", "{POVERTY_AND_ADULT_HARDSHIP}")
                .containsEntry("need_categories", "{HOUSING,INCOME}")
                .containsEntry("care_first", false)
                .containsEntry("control_before_care", true)
                .containsEntry("drop_off", false)
                .containsEntry("days_to_care", 3));
        assertThat(jdbc.sql("SELECT month, joint, channel, outcomes::text AS outcomes FROM research_contact"
                        + " WHERE contact_id = ?").param(contact.contactId()).query().singleRow())
                .isEqualTo(Map.of("month", "2025-02", "joint", true, "channel", "APPOINTMENT",
                        "outcomes", "{DOCUMENTS_REQUESTED,INFORMATION_GIVEN}"));
        assertThat(jdbc.sql("SELECT office_id, citizen_id FROM research_case WHERE case_id = ?").param(caseId)
                .query().singleRow()).isEqualTo(Map.of("office_id", office, "citizen_id", citizen));
    }

    @Test
    void aReferralEndsTheEpisodeEvenWhenItArrivesBeforeTheContacts() {
        String office = unique("rf");
        UUID caseId = UUID.randomUUID();
        UUID citizen = UUID.randomUUID();
        Instant first = Instant.parse("2025-03-03T09:00:00Z");
        topics.send(ResearchEvents.referral(caseId, citizen, office, first.plusSeconds(86_400)));
        topics.send(ResearchEvents.opened(caseId, citizen, office, first));
        topics.send(ResearchEvents.contact(caseId, citizen, office, first, INFORMATION_GIVEN));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(episode(caseId)).get(ROW)
                .containsEntry("ended_by", "REFERRED")
                .containsEntry("outcomes", "{INFORMATION_GIVEN,REFERRAL}")
                .containsEntry("days_to_care", 1));
    }

    @Test
    void theEarliestEndWinsWhateverTheOrderAndHoweverOftenItIsTold() {
        String office = unique("cl");
        UUID caseId = UUID.randomUUID();
        UUID citizen = UUID.randomUUID();
        Instant first = Instant.parse("2025-04-01T09:00:00Z");
        topics.send(ResearchEvents.contact(caseId, citizen, office, first, INFORMATION_GIVEN));
        topics.send(ResearchEvents.closed(caseId, citizen, first.plusSeconds(5 * 86_400)));
        topics.send(ResearchEvents.closed(caseId, citizen, first.plusSeconds(2 * 86_400)));
        Object later = ResearchEvents.contact(caseId, citizen, office, first.plusSeconds(3 * 86_400), ORIENTATION);
        String eventId = topics.send(later);
        topics.send(eventId, later);

        // The contact after the closing changes no episode: wait until it is stored, told twice, once.
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(jdbc.sql(
                "SELECT count(*) FROM research_contact WHERE case_id = ?").param(caseId).query(Long.class).single())
                .isEqualTo(2));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(episode(caseId)).get(ROW)
                .containsEntry("ended_by", "CLOSED")
                .containsEntry("ended_at", "2025-04-03T09:00:00Z")
                .containsEntry("contacts", 1)
                .containsEntry("drop_off", true));
    }

    @Test
    void anAnonymousContactIsAnEpisodeOfItsOwn() {
        ContactRecorded contact = ResearchEvents.anonymous(unique("an"), Instant.parse("2025-05-05T10:00:00Z"),
                ORIENTATION);
        topics.send(contact);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(episode(contact.contactId())).get(ROW)
                .containsEntry("ended_by", "ANONYMOUS")
                .containsEntry("case_id", null)
                .containsEntry("citizen_id", null)
                .containsEntry("contacts", 1)
                .containsEntry("care_first", true)
                .containsEntry("days_to_care", 0));
    }

    @Test
    void anErasedCitizensAttributesGoAndStayGoneWhileTheEpisodesStay() {
        String office = unique("er");
        UUID caseId = UUID.randomUUID();
        UUID citizen = UUID.randomUUID();
        topics.send(ResearchEvents.citizen(citizen, 1961, Sex.F));
        topics.send(ResearchEvents.contact(caseId, citizen, office, Instant.parse("2025-02-02T10:00:00Z"), ORIENTATION));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(citizen(citizen))
                .contains(Map.of("birth_year", 1961, "sex", "F")));
        await().atMost(PATIENCE).until(() -> episode(caseId).isPresent());

        topics.send(ResearchEvents.erased(citizen));
        await().atMost(PATIENCE).until(() -> citizen(citizen).isEmpty());
        // Replayed from a dead letter after the erasure: it must not bring the attributes back.
        topics.send(ResearchEvents.citizen(citizen, 1961, Sex.F));
        String marker = unique("mk");
        ContactRecorded after = ResearchEvents.anonymous(marker, Instant.parse("2025-02-03T10:00:00Z"), ORIENTATION);
        topics.send(after);
        await().atMost(PATIENCE).until(() -> episode(after.contactId()).isPresent());

        assertThat(citizen(citizen)).isEmpty();
        assertThat(episode(caseId)).get(ROW).containsEntry("citizen_id", citizen);
    }

    @Test
    void anOpenEpisodeEndsByTheWindowWhenTimeAloneHasPassedIt() {
        String office = unique("wi");
        UUID caseId = UUID.randomUUID();
        UUID citizen = UUID.randomUUID();
        Instant first = clock.instant().minus(Duration.ofDays(89));
        topics.send(ResearchEvents.contact(caseId, citizen, office, first, INFORMATION_GIVEN));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(episode(caseId)).get(ROW)
                .containsEntry("ended_by", "OPEN")
                .containsEntry("drop_off", false));

        clock.set(clock.instant().plus(Duration.ofDays(2)));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(episode(caseId)).get(ROW)
                .containsEntry("ended_by", "WINDOW")
                .containsEntry("drop_off", true));
    }

    private Optional<Map<String, Object>> episode(UUID episodeId) {
        return jdbc.sql("""
                        SELECT case_id, citizen_id, office_id, month, channel, ended_by,
                               to_char(ended_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS ended_at, contacts,
                               outcomes::text AS outcomes, user_areas::text AS user_areas,
                               need_categories::text AS need_categories, care_first, control_before_care, drop_off,
                               days_to_care
                        FROM research_episode WHERE scheme = 'v1' AND episode_id = ?""")
                .param(episodeId).query().listOfRows().stream().findFirst();
    }

    private Optional<Map<String, Object>> citizen(UUID citizenId) {
        return jdbc.sql("SELECT birth_year, sex FROM research_citizen WHERE citizen_id = ?").param(citizenId)
                .query().listOfRows().stream().findFirst();
    }

    private static String unique(String prefix) {
        return prefix + "-" + Long.toHexString(UUID.randomUUID().getMostSignificantBits() & 0xffffffffL);
    }
}
