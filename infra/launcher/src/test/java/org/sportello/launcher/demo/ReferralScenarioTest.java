package org.sportello.launcher.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.sportello.contracts.intake.v1.Need;
import org.sportello.contracts.intake.v1.NeedCategory;
import org.sportello.contracts.intake.v1.UserArea;

class ReferralScenarioTest {

    /** The seed's providers as the demo plans with them: with the deadline referral answered for each (10 by default). */
    private static final Providers PROVIDERS = new Providers(Providers.seed().all().stream()
            .map(provider -> provider.deadline() != null ? provider : provider.withDeadline(10)).toList());
    private static final List<String> DISTRICTS = List.of("ambito-monza", "zona-apuana", "est-milano", "ambito-corsico",
            "distretto-messina");

    @Test
    void everySeedDistrictHasItsSevenPublicServicesAndThirdSectorPartners() {
        for (String district : DISTRICTS) {
            for (String type : List.of("MINORS_PROTECTION", "ADDICTIONS", "MENTAL_HEALTH", "DISABILITY", "ELDERLY_CARE",
                    "EMPLOYMENT_CENTRE", "HOUSING")) {
                assertThat(PROVIDERS.of(district, type)).as("%s in %s", type, district).get()
                        .extracting(Providers.Provider::kind).isEqualTo(Providers.PUBLIC_SERVICE);
            }
            assertThat(PROVIDERS.all()).as("third-sector partners in %s", district)
                    .anySatisfy(p -> assertThat(p.districtId() + p.kind()).isEqualTo(district + Providers.THIRD_SECTOR));
        }
        assertThat(PROVIDERS.byId(Providers.PRINTED_PROVIDER)).get().extracting(Providers.Provider::hasAccount).isEqualTo(true);
    }

    @Test
    void providersAreWhatTheRegistryAccepts() {
        assertThat(PROVIDERS.all()).extracting(Providers.Provider::providerId).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*") && id.length() <= 64);
        assertThat(PROVIDERS.all()).allSatisfy(p -> {
            assertThat(p.name()).isNotBlank().hasSizeLessThanOrEqualTo(200);
            assertThat(p.contactChannel()).isIn("API", "PHONE", "EMAIL", "PEC");
            assertThat(DISTRICTS).contains(p.districtId());
            if (p.deadline() != null) {
                assertThat(p.deadline()).isBetween(1, 60);
            }
        });
        // The demo's municipalities of Est Milano, the only district with more than one.
        assertThat(PROVIDERS.all().stream().flatMap(p -> p.municipalityIds().stream()).collect(Collectors.toSet()))
                .isSubsetOf("pioltello", "rodano", "segrate", "vimodrone");
    }

    /** When the demo stops: the candidates' contacts are the year before. */
    private static final Instant NOT_AFTER = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void theSameSeedPlansTheSameReferrals() {
        List<ReferralScenario.Candidate> candidates = candidates(300);
        assertThat(ReferralScenario.plan(7, candidates, PROVIDERS, NOT_AFTER))
                .isEqualTo(ReferralScenario.plan(7, candidates, PROVIDERS, NOT_AFTER));
    }

    @Test
    void eachReferralsTimesAreInOrderFromItsInterviewAndNoneIsInTheFuture() {
        List<ReferralScenario.Planned> plan = ReferralScenario.plan(1, candidates(600), PROVIDERS, NOT_AFTER);

        assertThat(plan).allSatisfy(p -> {
            assertThat(p.consent().givenAt()).isEqualTo(p.candidate().contactAt());
            assertThat(p.times()).isSorted().allSatisfy(t -> assertThat(t).isBeforeOrEqualTo(NOT_AFTER));
            // Sent at the interview, later that day or a few working days later: never a week on.
            assertThat(java.time.Duration.between(p.candidate().contactAt(), p.sentAt())).isLessThan(java.time.Duration.ofDays(8));
            boolean answered = EnumSet.of(ReferralScenario.Fate.ACCEPTED, ReferralScenario.Fate.REJECTED,
                    ReferralScenario.Fate.COMPLETED, ReferralScenario.Fate.WITHDRAWN_AFTER_ACCEPTANCE).contains(p.fate());
            assertThat(p.answeredAt() != null).as("answered %s", p).isEqualTo(answered);
            assertThat(p.endedAt() != null).as("ended %s", p).isEqualTo(p.fate() != ReferralScenario.Fate.UNANSWERED
                    && p.fate() != ReferralScenario.Fate.ACCEPTED && p.fate() != ReferralScenario.Fate.REJECTED);
            assertThat(p.late()).isEqualTo(p.answeredAt() != null && p.answeredAt().isAfter(p.deadlinePassesAt()));
        });
    }

    @Test
    void referralsAreSpreadOverTheYearSomeAnsweredLateSomeOverdueAndTheLatestStillOpen() {
        List<ReferralScenario.Planned> plan = ReferralScenario.plan(1, candidates(600), PROVIDERS, NOT_AFTER);

        assertThat(plan).hasSize(ReferralScenario.MAX_REFERRALS);
        Set<java.time.YearMonth> months = plan.stream().map(p -> java.time.YearMonth.from(p.sentAt().atZone(DemoOffice.ZONE)))
                .collect(Collectors.toSet());
        assertThat(months).as("months of sending").hasSizeGreaterThanOrEqualTo(12);
        assertThat(plan).as("answered within the deadline").filteredOn(p -> p.answeredAt() != null && !p.late())
                .hasSizeGreaterThan(plan.size() / 3);
        assertThat(plan).as("answered late").filteredOn(ReferralScenario.Planned::late).hasSizeGreaterThan(plan.size() / 10);
        assertThat(plan).as("never answered, past the deadline: OVERDUE at the end")
                .filteredOn(p -> p.fate() == ReferralScenario.Fate.UNANSWERED
                        && p.deadlinePassesAt().isBefore(NOT_AFTER)).isNotEmpty();
        // The last week's referrals: their answers and endings mostly lie ahead, so they wait or are under way.
        List<ReferralScenario.Planned> recent = plan.stream()
                .filter(p -> p.sentAt().isAfter(NOT_AFTER.minus(java.time.Duration.ofDays(7)))).toList();
        assertThat(recent).isNotEmpty();
        assertThat(recent).filteredOn(p -> p.fate() == ReferralScenario.Fate.UNANSWERED
                || p.fate() == ReferralScenario.Fate.ACCEPTED).hasSizeGreaterThan(recent.size() / 2);
        assertThat(plan).filteredOn(p -> p.fate() == ReferralScenario.Fate.COMPLETED)
                .allSatisfy(p -> assertThat(p.endedAt()).isAfter(p.sentAt().plus(java.time.Duration.ofDays(5))));
    }

    @Test
    void aPlanHasEveryFateWithinTheCapAndOnlyWhatTheConsentAllowsIsShared() {
        List<ReferralScenario.Planned> plan = ReferralScenario.plan(1, candidates(400), PROVIDERS, NOT_AFTER);

        assertThat(plan).hasSizeLessThanOrEqualTo(ReferralScenario.MAX_REFERRALS).hasSizeGreaterThan(200);
        Set<ReferralScenario.Fate> fates = plan.stream().map(ReferralScenario.Planned::fate)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ReferralScenario.Fate.class)));
        assertThat(fates).containsExactlyInAnyOrder(ReferralScenario.Fate.values());
        assertThat(plan).allSatisfy(p -> {
            var consent = p.consent();
            assertThat(consent.shareScope()).isNotEmpty();
            assertThat(consent.witness() != null).isEqualTo(consent.form().equals("VERBAL_WITH_WITNESS"));
            assertThat(consent.guardian() != null).isEqualTo(consent.givenBy().equals("LEGAL_GUARDIAN"));
            assertThat(p.sharedContact() != null).isEqualTo(consent.shareScope().contains("CONTACT_DETAILS"));
            assertThat(p.caseSummary() != null).isEqualTo(consent.shareScope().contains("CASE_SUMMARY"));
            assertThat(p.provider().districtId()).isEqualTo(p.candidate().districtId());
        });
        assertThat(plan).filteredOn(p -> p.provider().serviceType().equals("MINORS_PROTECTION"))
                .allSatisfy(p -> assertThat(p.consent().givenBy()).isEqualTo("LEGAL_GUARDIAN"));
        assertThat(plan).as("unanswered referrals to a next-working-day provider, past it: the overdue list")
                .anySatisfy(p -> {
                    assertThat(p.fate()).isEqualTo(ReferralScenario.Fate.UNANSWERED);
                    assertThat(p.provider().deadline()).isEqualTo(1);
                    assertThat(p.deadlinePassesAt()).isBefore(NOT_AFTER);
                });
    }

    @Test
    void needsGoToTheDistrictsServiceForThem() {
        assertThat(ReferralScenario.serviceType(new Need(UserArea.POVERTY_AND_ADULT_HARDSHIP, List.of(NeedCategory.WORK)),
                "est-milano", PROVIDERS)).isEqualTo("EMPLOYMENT_CENTRE");
        assertThat(ReferralScenario.serviceType(new Need(UserArea.POVERTY_AND_ADULT_HARDSHIP, List.of(NeedCategory.INCOME)),
                "est-milano", PROVIDERS)).isEqualTo("FOOD_AND_BASIC_NEEDS");
        assertThat(ReferralScenario.serviceType(new Need(UserArea.ADDICTIONS, List.of(NeedCategory.HEALTH)),
                "ambito-monza", PROVIDERS)).isEqualTo("ADDICTIONS");
        assertThat(ReferralScenario.serviceType(new Need(UserArea.FAMILY_AND_MINORS, List.of(NeedCategory.FAMILY_RELATIONS)),
                "zona-apuana", PROVIDERS)).isEqualTo("MINORS_PROTECTION");
    }

    @Test
    void aDeadlineCountsWorkingDaysPastWeekendsAndHolidays() {
        // Friday 24 April 2026: Saturday, Sunday, then 25 April is a Saturday; Friday 1 May is a holiday.
        assertThat(ReferralScenario.workingDaysAfter(java.time.LocalDate.of(2026, 4, 24), 1)).isEqualTo("2026-04-27");
        assertThat(ReferralScenario.workingDaysAfter(java.time.LocalDate.of(2026, 4, 30), 1)).isEqualTo("2026-05-04");
        assertThat(Providers.seed().all()).filteredOn(p -> p.deadline() != null)
                .allSatisfy(p -> assertThat(p.deadline()).isBetween(1, 60));
    }

    /** Candidates across the districts and needs over the year before {@link #NOT_AFTER}, as the demo's stories leave them. */
    private static List<ReferralScenario.Candidate> candidates(int count) {
        List<Need> needs = List.of(new Need(UserArea.POVERTY_AND_ADULT_HARDSHIP, List.of(NeedCategory.INCOME)),
                new Need(UserArea.ADDICTIONS, List.of(NeedCategory.HEALTH)),
                new Need(UserArea.FAMILY_AND_MINORS, List.of(NeedCategory.FAMILY_RELATIONS)),
                new Need(UserArea.ELDERLY, List.of(NeedCategory.CARE_OF_DEPENDENT)),
                new Need(UserArea.DISABILITY, List.of(NeedCategory.CARE_OF_DEPENDENT)),
                new Need(UserArea.IMMIGRANTS, List.of(NeedCategory.DOCUMENTS_AND_LEGAL)),
                new Need(UserArea.POVERTY_AND_ADULT_HARDSHIP, List.of(NeedCategory.HOUSING)));
        List<ReferralScenario.Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            candidates.add(new ReferralScenario.Candidate(i, new UUID(0, i), new UUID(1, i), "pioltello-sw1", "pioltello",
                    DISTRICTS.get(i % DISTRICTS.size()), needs.get(i % needs.size()), i % 3 == 0 ? null : "+39 02 555" + i,
                    NOT_AFTER.minus(java.time.Duration.ofDays(365)).plusSeconds(365L * 24 * 3600 * i / count)));
        }
        return candidates;
    }
}
