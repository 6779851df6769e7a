package org.sportello.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.sportello.platform.consuming.ContractSchemas;
import org.sportello.platform.json.ContractJson;
import tools.jackson.databind.json.JsonMapper;
import org.sportello.benchmark.ResearchPopulation.Published;
import org.sportello.benchmark.ResearchPopulation.Spec;
import org.sportello.benchmark.ResearchPopulation.Summary;
import org.sportello.contracts.intake.IntakeTopic;
import org.sportello.contracts.intake.v1.CaseClosed;
import org.sportello.contracts.intake.v1.CaseOpened;
import org.sportello.contracts.intake.v1.CaseTakenInCharge;
import org.sportello.contracts.intake.v1.CitizenRegistered;
import org.sportello.contracts.intake.v1.ContactOutcome;
import org.sportello.contracts.intake.v1.ContactRecorded;
import org.sportello.contracts.intake.v1.OperatorRole;
import org.sportello.contracts.intake.v1.Sex;
import org.sportello.contracts.scheduling.SchedulingTopic;
import org.sportello.contracts.scheduling.v1.DistrictCreated;
import org.sportello.contracts.scheduling.v1.MunicipalityCreated;
import org.sportello.contracts.scheduling.v1.OfficeCreated;

class ResearchPopulationTest {

    private static final Spec SPEC = new Spec(1, 30_000, 20, YearMonth.of(2025, 1), YearMonth.of(2025, 12));
    private static final List<Published> EVENTS = new ArrayList<>();
    private static final Summary SUMMARY = ResearchPopulation.generate(SPEC, EVENTS::add);
    /** Scheme v1's care codes (reporting's migration). */
    private static final Set<ContactOutcome> CARE = Set.of(ContactOutcome.ORIENTATION, ContactOutcome.SHORT_SUPPORT_PATH,
            ContactOutcome.APPOINTMENT_PROPOSED, ContactOutcome.TAKEN_IN_CHARGE, ContactOutcome.REFERRAL);

    @Test
    void theSameSeedGivesTheSameEventsWithTheSameIds() {
        List<Published> again = new ArrayList<>();
        ResearchPopulation.generate(SPEC, again::add);

        assertThat(again).isEqualTo(EVENTS);
    }

    @Test
    void anotherSeedGivesAnotherPopulationInADistrictOfItsOwn() {
        List<Published> other = new ArrayList<>();
        Spec seed2 = new Spec(2, SPEC.contacts(), SPEC.offices(), SPEC.firstMonth(), SPEC.lastMonth());
        ResearchPopulation.generate(seed2, other::add);

        assertThat(seed2.districtId()).isNotEqualTo(SPEC.districtId());
        Set<UUID> ours = new HashSet<>(ids(EVENTS));
        assertThat(ids(other)).hasSizeGreaterThan(1000).noneMatch(ours::contains);
    }

    @Test
    void exactlyTheContactsAskedForEveryEventIdOnce() {
        assertThat(contacts()).hasSize(30_000);
        assertThat(SUMMARY.contacts()).isEqualTo(30_000);
        assertThat(SUMMARY.events()).isEqualTo(EVENTS.size());
        assertThat(new HashSet<>(ids(EVENTS))).hasSize(EVENTS.size());
        assertThat(contacts().stream().map(ContactRecorded::contactId).distinct()).hasSize(30_000);
    }

    @Test
    void twentyOfficesInMunicipalitiesOfFourEachWithOneCentralOfficeAllInTheSpecsDistrict() {
        List<OfficeCreated> offices = of(OfficeCreated.class);
        List<MunicipalityCreated> municipalities = of(MunicipalityCreated.class);

        assertThat(offices).hasSize(20);
        assertThat(municipalities).hasSize(5).allSatisfy(m -> assertThat(m.districtId()).isEqualTo(SPEC.districtId()));
        Map<String, List<OfficeCreated>> byMunicipality = offices.stream()
                .collect(Collectors.groupingBy(OfficeCreated::municipalityId));
        assertThat(byMunicipality).hasSize(5).allSatisfy((municipality, its) -> {
            assertThat(its).hasSize(4);
            assertThat(its).filteredOn(OfficeCreated::central).hasSize(1);
        });
        // The registry comes first, as the relays publish it before any contact there.
        int lastOffice = EVENTS.stream().map(Published::contract).toList().lastIndexOf(offices.get(19));
        assertThat(EVENTS.subList(0, lastOffice + 1)).allSatisfy(e -> assertThat(e.topic()).isEqualTo(SchedulingTopic.NAME));
        assertThat(EVENTS.subList(lastOffice + 1, EVENTS.size())).allSatisfy(e -> assertThat(e.topic()).isEqualTo(IntakeTopic.NAME));
    }

    @Test
    void everyOfficeHasContactsInEveryMonthAndNothingFallsOutsideThePeriod() {
        Instant start = SPEC.firstMonth().atDay(1).atStartOfDay(ResearchPopulation.ZONE).toInstant();
        Instant end = SPEC.lastMonth().plusMonths(1).atDay(1).atStartOfDay(ResearchPopulation.ZONE).toInstant();
        Map<String, Set<YearMonth>> months = new HashMap<>();
        for (ContactRecorded contact : contacts()) {
            months.computeIfAbsent(contact.officeId(), o -> new HashSet<>())
                    .add(YearMonth.from(contact.occurredAt().atZone(ResearchPopulation.ZONE)));
        }

        assertThat(months).hasSize(20).allSatisfy((office, its) -> assertThat(its).hasSize(12));
        assertThat(EVENTS).filteredOn(e -> e.topic().equals(IntakeTopic.NAME))
                .allSatisfy(e -> assertThat(e.time()).isBetween(start.minusSeconds(3600), end));
        // August has the fewest first accesses, as at a real office (all contacts count the cases' later ones too).
        Map<YearMonth, Long> perMonth = contacts().stream().filter(c -> c.caseId() == null).collect(Collectors.groupingBy(
                c -> YearMonth.from(c.occurredAt().atZone(ResearchPopulation.ZONE)), Collectors.counting()));
        of(CaseOpened.class).forEach(c -> perMonth.merge(YearMonth.from(c.openedAt().atZone(ResearchPopulation.ZONE)),
                1L, Long::sum));
        assertThat(perMonth.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey())
                .isEqualTo(YearMonth.of(2025, 8));
    }

    @Test
    void proportionsAreAFirstAccessOfficesOnes() {
        List<ContactRecorded> contacts = contacts();
        double anonymous = (double) contacts.stream().filter(c -> c.caseId() == null).count() / contacts.size();
        double joint = (double) contacts.stream().filter(c -> c.operators().stream().map(o -> o.role()).toList()
                .containsAll(List.of(OperatorRole.SOCIAL_WORKER, OperatorRole.EDUCATOR))).count() / contacts.size();
        long cases = of(CaseOpened.class).size();
        double perCase = (double) contacts.stream().filter(c -> c.caseId() != null).count() / cases;

        // A fifth of first accesses are anonymous, a tenth of all contacts (a case has two on average).
        assertThat((double) (contacts.size() - contacts.stream().filter(c -> c.caseId() != null).count())
                / SUMMARY.episodes()).isBetween(0.17, 0.23);
        assertThat(anonymous).isBetween(0.08, 0.14);
        assertThat(joint).isBetween(0.09, 0.15);
        assertThat(perCase).isBetween(1.6, 2.6);
        assertThat((double) of(CaseTakenInCharge.class).size() / cases).isBetween(0.12, 0.35);
        assertThat((double) of(CaseClosed.class).size() / cases).isBetween(0.25, 0.5);
        // A few citizens come back with a new case.
        assertThat(cases).isGreaterThan(of(CitizenRegistered.class).size());
        assertThat(SUMMARY.episodes()).isEqualTo(cases + contacts.stream().filter(c -> c.caseId() == null).count());
        List<CitizenRegistered> citizens = of(CitizenRegistered.class);
        double women = (double) citizens.stream().filter(c -> c.sex() == Sex.F).count() / citizens.size();
        assertThat(women).isBetween(0.5, 0.7);
        assertThat(citizens).allSatisfy(c -> assertThat(c.birthYear()).isBetween(1925, 2007));
    }

    @Test
    void careLeaningMunicipalitiesStartHelpAtTheFirstInterviewFarMoreOftenThanControlLeaningOnes() {
        Map<String, String> municipalityOf = of(OfficeCreated.class).stream()
                .collect(Collectors.toMap(OfficeCreated::officeId, OfficeCreated::municipalityId));
        Map<UUID, ContactRecorded> firstOfCase = new HashMap<>();
        for (ContactRecorded contact : contacts()) {
            if (contact.caseId() != null) {
                firstOfCase.merge(contact.caseId(), contact,
                        (a, b) -> a.occurredAt().isAfter(b.occurredAt()) ? b : a);
            }
        }
        Map<String, Double> careFirst = firstOfCase.values().stream().collect(Collectors.groupingBy(
                c -> municipalityOf.get(c.officeId()),
                Collectors.averagingDouble(c -> c.outcomes().stream().anyMatch(CARE::contains) ? 1 : 0)));

        String first = SPEC.districtId() + "-m1";
        String second = SPEC.districtId() + "-m2";
        assertThat(careFirst.get(first)).isGreaterThan(careFirst.get(second) + 0.25);
    }

    @Test
    void eachCasesEventsAreInOrderAndKeyedAsIntakeKeysThem() {
        Map<UUID, List<Published>> byCase = new HashMap<>();
        for (Published event : EVENTS) {
            Object contract = event.contract();
            UUID caseId = contract instanceof CaseOpened opened ? opened.caseId()
                    : contract instanceof ContactRecorded contact ? contact.caseId()
                    : contract instanceof CaseTakenInCharge taken ? taken.caseId()
                    : contract instanceof CaseClosed closed ? closed.caseId() : null;
            if (caseId != null) {
                assertThat(event.key()).isEqualTo(caseId.toString());
                byCase.computeIfAbsent(caseId, c -> new ArrayList<>()).add(event);
            }
        }
        assertThat(byCase).allSatisfy((caseId, events) -> {
            assertThat(events.get(0).contract()).isInstanceOf(CaseOpened.class);
            assertThat(events).extracting(Published::time).isSortedAccordingTo(Comparator.naturalOrder());
            assertThat(events.get(1).time()).isEqualTo(events.get(0).time());
        });
        assertThat(contacts()).filteredOn(c -> c.caseId() == null)
                .allSatisfy(c -> assertThat(c.citizenId()).isNull());
    }

    /** What reporting's consumers check before a projection reads an event: its topic's type and its contract's schema. */
    @Test
    void everyKindOfEventIsOfItsTopicAndConformsToItsContractsSchema() {
        ContractSchemas schemas = ContractSchemas.fromClasspath();
        JsonMapper json = JsonMapper.builder().build();
        Map<String, Integer> checked = new HashMap<>();
        for (Published event : EVENTS) {
            // Every event of the registry, and the first hundred of each kind on intake's topic.
            if (checked.merge(event.type(), 1, Integer::sum) > 100 && event.topic().equals(IntakeTopic.NAME)) {
                continue;
            }
            assertThat(schemas.typesOf(event.topic())).as(event.type()).contains(event.type());
            assertThat(schemas.violations(event.type(), json.readTree(ContractJson.write(event.contract()))))
                    .as("%s %s", event.type(), event.contract()).isNull();
        }
        assertThat(checked.keySet()).containsExactlyInAnyOrder(DistrictCreated.TYPE, MunicipalityCreated.TYPE,
                OfficeCreated.TYPE, CitizenRegistered.TYPE, CaseOpened.TYPE, ContactRecorded.TYPE,
                CaseTakenInCharge.TYPE, CaseClosed.TYPE);
    }

    @Test
    void aPopulationOfNothingIsRefused() {
        assertThatThrownBy(() -> new Spec(1, 0, 20, YearMonth.of(2025, 1), YearMonth.of(2025, 12)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<ContactRecorded> contacts() {
        return of(ContactRecorded.class);
    }

    private static <T> List<T> of(Class<T> type) {
        return EVENTS.stream().map(Published::contract).filter(type::isInstance).map(type::cast).toList();
    }

    private static List<UUID> ids(List<Published> events) {
        return events.stream().map(Published::eventId).toList();
    }
}
