package org.sportello.reporting.research.episodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sportello.reporting.research.codingschemes.CodingScheme;
import org.sportello.reporting.research.episodes.Episode.EndedBy;

/** The episode definitions of API12.md, one behaviour per test, under the default scheme v1 unless said. */
class EpisodeBuilderTest {

    static final CodingScheme V1 = new CodingScheme("v1",
            List.of("ORIENTATION", "SHORT_SUPPORT_PATH", "APPOINTMENT_PROPOSED", "TAKEN_IN_CHARGE", "REFERRAL"),
            List.of("DOCUMENTS_REQUESTED", "ELIGIBILITY_CHECK", "NOT_ELIGIBLE", "ECONOMIC_SUPPORT_REQUESTED"),
            Period.ofDays(90), "reasons", Instant.parse("2026-12-06T00:00:00Z"), null, CodingScheme.State.READY,
            Instant.parse("2026-12-06T00:00:00Z"));

    private static final UUID CASE = UUID.fromString("00000000-0000-0000-0000-00000000ca5e");
    private static final UUID CITIZEN = UUID.fromString("00000000-0000-0000-0000-0000c1712e00");
    private static final Instant JAN_10 = Instant.parse("2025-01-10T09:00:00Z");
    private static final Instant LONG_AFTER = Instant.parse("2026-01-01T00:00:00Z");

    private final List<ContactFact> contacts = new ArrayList<>();
    private Instant takenInChargeAt;
    private Instant referredAt;
    private Instant closedAt;

    @Test
    void startsAtTheCasesEarliestContactWithItsOfficeChannelAndMonth() {
        contact("monza-centro", "PHONE", Instant.parse("2025-02-03T10:00:00Z"), "ORIENTATION");
        contact("monza-san-rocco", "WALK_IN", Instant.parse("2025-01-31T23:30:00Z"), "INFORMATION_GIVEN");

        Episode episode = build(LONG_AFTER);

        assertThat(episode.officeId()).isEqualTo("monza-san-rocco");
        assertThat(episode.channel()).isEqualTo("WALK_IN");
        assertThat(episode.openedAt()).isEqualTo(Instant.parse("2025-01-31T23:30:00Z"));
        assertThat(episode.month()).isEqualTo("2025-02");
        assertThat(episode.episodeId()).isEqualTo(CASE);
        assertThat(episode.caseId()).isEqualTo(CASE);
        assertThat(episode.citizenId()).isEqualTo(CITIZEN);
        assertThat(episode.scheme()).isEqualTo("v1");
    }

    @Test
    void endsWhenTheCaseIsTakenInChargeWhichCountsAsAnOutcome() {
        contact(JAN_10, "INFORMATION_GIVEN");
        takenInChargeAt = JAN_10.plusSeconds(3 * 86_400);

        Episode episode = build(LONG_AFTER);

        assertThat(episode.endedBy()).isEqualTo(EndedBy.TAKEN_IN_CHARGE);
        assertThat(episode.endedAt()).isEqualTo(takenInChargeAt);
        assertThat(episode.outcomes()).containsExactly("INFORMATION_GIVEN", "TAKEN_IN_CHARGE");
    }

    @Test
    void endsAtTheFirstReferralWhichCountsAsAReferralOutcome() {
        contact(JAN_10, "DOCUMENTS_REQUESTED");
        referredAt = JAN_10.plusSeconds(86_400);

        Episode episode = build(LONG_AFTER);

        assertThat(episode.endedBy()).isEqualTo(EndedBy.REFERRED);
        assertThat(episode.endedAt()).isEqualTo(referredAt);
        assertThat(episode.outcomes()).containsExactly("DOCUMENTS_REQUESTED", "REFERRAL");
    }

    @Test
    void endsWhenTheCaseIsClosedAddingNoOutcome() {
        contact(JAN_10, "INFORMATION_GIVEN");
        closedAt = JAN_10.plusSeconds(86_400);

        Episode episode = build(LONG_AFTER);

        assertThat(episode.endedBy()).isEqualTo(EndedBy.CLOSED);
        assertThat(episode.endedAt()).isEqualTo(closedAt);
        assertThat(episode.outcomes()).containsExactly("INFORMATION_GIVEN");
    }

    @Test
    void theEarliestEndWins() {
        contact(JAN_10, "INFORMATION_GIVEN");
        takenInChargeAt = JAN_10.plusSeconds(5 * 86_400);
        referredAt = JAN_10.plusSeconds(4 * 86_400);
        closedAt = JAN_10.plusSeconds(6 * 86_400);

        assertThat(build(LONG_AFTER).endedBy()).isEqualTo(EndedBy.REFERRED);
    }

    @Test
    void atEqualTimesTakingInChargeWinsOverClosing() {
        contact(JAN_10, "INFORMATION_GIVEN");
        takenInChargeAt = JAN_10.plusSeconds(86_400);
        closedAt = takenInChargeAt;

        assertThat(build(LONG_AFTER).endedBy()).isEqualTo(EndedBy.TAKEN_IN_CHARGE);
    }

    @Test
    void endsByTheWindowNinetyCalendarDaysOnTheOfficesClockAfterTheFirstContact() {
        // 10 January 10:00 in Rome (winter time) plus 90 days is 10 April 10:00 in Rome (summer time).
        contact(JAN_10, "INFORMATION_GIVEN");

        Episode episode = build(LONG_AFTER);

        assertThat(episode.endedBy()).isEqualTo(EndedBy.WINDOW);
        assertThat(episode.endedAt()).isEqualTo(Instant.parse("2025-04-10T08:00:00Z"));
    }

    @Test
    void anEndAfterTheWindowIsTheWindow() {
        contact(JAN_10, "INFORMATION_GIVEN");
        takenInChargeAt = Instant.parse("2025-05-01T08:00:00Z");

        Episode episode = build(LONG_AFTER);

        assertThat(episode.endedBy()).isEqualTo(EndedBy.WINDOW);
        assertThat(episode.outcomes()).containsExactly("INFORMATION_GIVEN");
    }

    @Test
    void staysOpenWhileNothingEndedItAndTheWindowHasNotPassed() {
        contact(JAN_10, "INFORMATION_GIVEN");
        contact(JAN_10.plusSeconds(60 * 86_400), "ORIENTATION");

        Episode episode = build(Instant.parse("2025-04-10T07:59:59Z"));

        assertThat(episode.endedBy()).isEqualTo(EndedBy.OPEN);
        assertThat(episode.endedAt()).isNull();
        assertThat(episode.contacts()).isEqualTo(2);
    }

    @Test
    void theWindowEndsItTheMomentItPasses() {
        contact(JAN_10, "INFORMATION_GIVEN");

        assertThat(build(Instant.parse("2025-04-10T08:00:00Z")).endedBy()).isEqualTo(EndedBy.WINDOW);
    }

    @Test
    void contactsAfterTheEndAreNotTheEpisodes() {
        contact(JAN_10, "INFORMATION_GIVEN");
        closedAt = JAN_10.plusSeconds(86_400);
        contact(JAN_10.plusSeconds(2 * 86_400), "ORIENTATION");

        Episode episode = build(LONG_AFTER);

        assertThat(episode.contacts()).isEqualTo(1);
        assertThat(episode.outcomes()).containsExactly("INFORMATION_GIVEN");
        assertThat(episode.daysToCare()).isNull();
    }

    @Test
    void aContactAtTheMomentOfTheEndIsTheEpisodes() {
        contact(JAN_10, "INFORMATION_GIVEN");
        closedAt = JAN_10.plusSeconds(86_400);
        contact(closedAt, "ORIENTATION");

        assertThat(build(LONG_AFTER).contacts()).isEqualTo(2);
    }

    @Test
    void aCaseWithNoContactYetHasNoEpisode() {
        takenInChargeAt = JAN_10;

        assertThat(EpisodeBuilder.of(facts(), V1, LONG_AFTER)).isEmpty();
    }

    @Test
    void anAnonymousContactIsAnEpisodeOfItsOwn() {
        UUID contactId = UUID.randomUUID();
        ContactFact contact = new ContactFact(contactId, null, null, "monza-centro", "PHONE", JAN_10, "2025-01",
                false, List.of("ORIENTATION"), List.of("ELDERLY"), List.of("CARE"));

        Episode episode = EpisodeBuilder.anonymous(contact, V1);

        assertThat(episode.episodeId()).isEqualTo(contactId);
        assertThat(episode.caseId()).isNull();
        assertThat(episode.citizenId()).isNull();
        assertThat(episode.endedBy()).isEqualTo(EndedBy.ANONYMOUS);
        assertThat(episode.endedAt()).isEqualTo(JAN_10);
        assertThat(episode.contacts()).isEqualTo(1);
        assertThat(episode.careFirst()).isTrue();
        assertThat(episode.daysToCare()).isZero();
        assertThat(episode.dropOff()).isFalse();
    }

    @Test
    void anAnonymousContactWithOnlyInformationIsADropOff() {
        ContactFact contact = new ContactFact(UUID.randomUUID(), null, null, "monza-centro", "PHONE", JAN_10, "2025-01",
                false, List.of("INFORMATION_GIVEN"), List.of(), List.of());

        assertThat(EpisodeBuilder.anonymous(contact, V1).dropOff()).isTrue();
    }

    @Test
    void careFirstWhenTheFirstContactHasACareOutcome() {
        contact(JAN_10, "ORIENTATION");

        Episode episode = build(LONG_AFTER);

        assertThat(episode.careFirst()).isTrue();
        assertThat(episode.daysToCare()).isZero();
    }

    @Test
    void aContactWithBothCareAndControlIsCare() {
        contact(JAN_10, "DOCUMENTS_REQUESTED", "SHORT_SUPPORT_PATH");

        Episode episode = build(LONG_AFTER);

        assertThat(episode.careFirst()).isTrue();
        assertThat(episode.controlBeforeCare()).isFalse();
    }

    @Test
    void notCareFirstWhenCareComesOnlyLater() {
        contact(JAN_10, "INFORMATION_GIVEN");
        contact(JAN_10.plusSeconds(86_400), "ORIENTATION");

        assertThat(build(LONG_AFTER).careFirst()).isFalse();
    }

    @Test
    void controlBeforeCareWhenAControlContactComesBeforeTheFirstCare() {
        contact(JAN_10, "ELIGIBILITY_CHECK");
        contact(JAN_10.plusSeconds(86_400), "ORIENTATION");

        assertThat(build(LONG_AFTER).controlBeforeCare()).isTrue();
    }

    @Test
    void controlBeforeCareWhenThereIsControlAndNeverCare() {
        contact(JAN_10, "INFORMATION_GIVEN");
        contact(JAN_10.plusSeconds(86_400), "NOT_ELIGIBLE");

        assertThat(build(LONG_AFTER).controlBeforeCare()).isTrue();
    }

    @Test
    void noControlBeforeCareWhenControlComesAfterCare() {
        contact(JAN_10, "ORIENTATION");
        contact(JAN_10.plusSeconds(86_400), "DOCUMENTS_REQUESTED");

        assertThat(build(LONG_AFTER).controlBeforeCare()).isFalse();
    }

    @Test
    void takingInChargeIsACareOutcomeAtItsOwnTime() {
        contact(JAN_10, "DOCUMENTS_REQUESTED");
        takenInChargeAt = JAN_10.plusSeconds(7 * 86_400);

        Episode episode = build(LONG_AFTER);

        assertThat(episode.careFirst()).isFalse();
        assertThat(episode.controlBeforeCare()).isTrue();
        assertThat(episode.daysToCare()).isEqualTo(7);
    }

    @Test
    void daysToCareAreCalendarDaysOnTheOfficesClock() {
        // 23:30 UTC on 10 January is 00:30 on 11 January in Rome: one calendar day after the first contact.
        contact(JAN_10, "INFORMATION_GIVEN");
        contact(Instant.parse("2025-01-10T23:30:00Z"), "APPOINTMENT_PROPOSED");

        assertThat(build(LONG_AFTER).daysToCare()).isEqualTo(1);
    }

    @Test
    void noDaysToCareWithoutACareOutcome() {
        contact(JAN_10, "DOCUMENTS_REQUESTED");

        assertThat(build(LONG_AFTER).daysToCare()).isNull();
    }

    @Test
    void anEndedEpisodeWithOnlyInformationIsADropOff() {
        contact(JAN_10, "INFORMATION_GIVEN");
        contact(JAN_10.plusSeconds(86_400), "NO_FURTHER_ACTION");
        closedAt = JAN_10.plusSeconds(2 * 86_400);

        assertThat(build(LONG_AFTER).dropOff()).isTrue();
    }

    @Test
    void anOpenEpisodeIsNoDropOffYet() {
        contact(JAN_10, "INFORMATION_GIVEN");

        assertThat(build(JAN_10.plusSeconds(86_400)).dropOff()).isFalse();
    }

    @Test
    void anyOutcomeBeyondInformationIsNoDropOff() {
        contact(JAN_10, "INFORMATION_GIVEN");
        contact(JAN_10.plusSeconds(86_400), "DOCUMENTS_REQUESTED");
        closedAt = JAN_10.plusSeconds(2 * 86_400);

        assertThat(build(LONG_AFTER).dropOff()).isFalse();
    }

    @Test
    void outcomesUserAreasAndNeedCategoriesAreEachListedOnce() {
        contacts.add(new ContactFact(UUID.randomUUID(), CASE, CITIZEN, "monza-centro", "WALK_IN", JAN_10, "2025-01",
                false, List.of("ORIENTATION"), List.of("ELDERLY", "DISABILITY"), List.of("CARE", "INCOME")));
        contacts.add(new ContactFact(UUID.randomUUID(), CASE, CITIZEN, "monza-centro", "WALK_IN",
                JAN_10.plusSeconds(86_400), "2025-01", true, List.of("ORIENTATION", "INFORMATION_GIVEN"),
                List.of("ELDERLY"), List.of("INCOME", "HOUSING")));

        Episode episode = build(LONG_AFTER);

        assertThat(episode.outcomes()).containsExactly("INFORMATION_GIVEN", "ORIENTATION");
        assertThat(episode.userAreas()).containsExactly("DISABILITY", "ELDERLY");
        assertThat(episode.needCategories()).containsExactly("CARE", "HOUSING", "INCOME");
    }

    @Test
    void theSchemeDecidesWhatIsCare() {
        CodingScheme informationIsCare = new CodingScheme("v2", List.of("INFORMATION_GIVEN"),
                List.of("ORIENTATION"), Period.ofDays(30), "reasons", JAN_10, "admin", CodingScheme.State.COMPUTING,
                null);
        contact(JAN_10, "INFORMATION_GIVEN");

        Episode episode = EpisodeBuilder.of(facts(), informationIsCare, LONG_AFTER).orElseThrow();

        assertThat(episode.scheme()).isEqualTo("v2");
        assertThat(episode.careFirst()).isTrue();
        assertThat(episode.endedAt()).isEqualTo(Instant.parse("2025-02-09T09:00:00Z"));
    }

    private void contact(Instant at, String... outcomes) {
        contact("monza-centro", "WALK_IN", at, outcomes);
    }

    private void contact(String office, String channel, Instant at, String... outcomes) {
        contacts.add(new ContactFact(UUID.randomUUID(), CASE, CITIZEN, office, channel, at,
                org.sportello.reporting.research.ReportingMonth.of(at).toString(), false, List.of(outcomes), List.of(),
                List.of()));
    }

    private CaseFacts facts() {
        return new CaseFacts(CASE, CITIZEN, takenInChargeAt, referredAt, closedAt, contacts);
    }

    private Episode build(Instant now) {
        return EpisodeBuilder.of(facts(), V1, now).orElseThrow();
    }
}
