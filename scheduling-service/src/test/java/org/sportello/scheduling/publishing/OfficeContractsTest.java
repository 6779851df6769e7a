package org.sportello.scheduling.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sportello.contracts.scheduling.v1.OfficeKind;
import org.sportello.contracts.scheduling.v1.OpeningMode;
import org.sportello.contracts.scheduling.v1.OperatorRole;
import org.sportello.contracts.scheduling.v1.WeeklySlot;
import org.sportello.platform.caller.Caller;
import org.sportello.platform.json.ContractJson;
import org.sportello.platform.personaldata.Personal;
import org.sportello.platform.personaldata.SubjectId;
import org.sportello.scheduling.office.DistrictId;
import org.sportello.scheduling.office.MunicipalityId;
import org.sportello.scheduling.office.OfficeId;
import org.sportello.scheduling.operator.Absence;
import org.sportello.scheduling.operator.AvailabilitySet;
import org.sportello.scheduling.operator.OperatorChanged;
import org.sportello.scheduling.operator.OperatorId;

class OfficeContractsTest {

    private static final Instant AT = Instant.parse("2025-02-01T09:00:00Z");
    private static final String ADMIN = "admin-7";
    private static final OfficeId MASSA = new OfficeId("massa");

    @Test
    void districtCreatedIsPublishedWithWhoCreatedIt() {
        assertThat(OfficeContracts.translate(new org.sportello.scheduling.office.DistrictCreated(
                new DistrictId("apuania"), "Apuania", AT), ADMIN))
                .contains(new org.sportello.contracts.scheduling.v1.DistrictCreated("apuania", "Apuania", AT, ADMIN));
    }

    @Test
    void municipalityCreatedIsPublishedWithItsDistrict() {
        assertThat(OfficeContracts.translate(new org.sportello.scheduling.office.MunicipalityCreated(
                new MunicipalityId("massa"), "Massa", new DistrictId("apuania"), AT), null))
                .contains(new org.sportello.contracts.scheduling.v1.MunicipalityCreated("massa", "Massa", "apuania", AT,
                        null));
    }

    @Test
    void officeCreatedIsPublishedWithKindAndPartner() {
        assertThat(OfficeContracts.translate(new org.sportello.scheduling.office.OfficeCreated(MASSA,
                new MunicipalityId("massa"), "Sportello Caritas", "Via Roma 2",
                org.sportello.scheduling.office.OfficeKind.PARTNER_DESK, "Caritas Massa", AT, false), ADMIN))
                .contains(new org.sportello.contracts.scheduling.v1.OfficeCreated("massa", "massa", "Sportello Caritas",
                        "Via Roma 2", OfficeKind.PARTNER_DESK, "Caritas Massa", AT, ADMIN, false));
    }

    @Test
    void centralOfficeIsPublishedAsCentral() {
        assertThat(OfficeContracts.translate(new org.sportello.scheduling.office.OfficeCreated(MASSA,
                new MunicipalityId("massa"), "Sede centrale", "Piazza Aranci 1",
                org.sportello.scheduling.office.OfficeKind.SECRETARIAT, null, AT, true), ADMIN))
                .contains(new org.sportello.contracts.scheduling.v1.OfficeCreated("massa", "massa", "Sede centrale",
                        "Piazza Aranci 1", OfficeKind.SECRETARIAT, null, AT, ADMIN, true));
    }

    @Test
    void officeStoredBeforeOfficesCouldBeCentralIsPublishedAsNotCentral() {
        // Replayed from the event store, an old OfficeCreated has no central: none was, so false, not absent.
        assertThat(OfficeContracts.translate(new org.sportello.scheduling.office.OfficeCreated(MASSA,
                new MunicipalityId("massa"), "Sportello", "Via Roma 1",
                org.sportello.scheduling.office.OfficeKind.SECRETARIAT, null, AT, null), null))
                .contains(new org.sportello.contracts.scheduling.v1.OfficeCreated("massa", "massa", "Sportello",
                        "Via Roma 1", OfficeKind.SECRETARIAT, null, AT, null, false));
    }

    @Test
    void openingHoursSetIsPublishedWithEverySlot() {
        var internal = new org.sportello.scheduling.office.OpeningHoursSet(MASSA, LocalDate.of(2025, 3, 1), List.of(
                new org.sportello.scheduling.office.WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(11, 0),
                        org.sportello.scheduling.office.OpeningMode.WALK_IN),
                new org.sportello.scheduling.office.WeeklySlot(DayOfWeek.WEDNESDAY, LocalTime.of(11, 30),
                        LocalTime.of(13, 0), org.sportello.scheduling.office.OpeningMode.PHONE_LINE)), AT);

        assertThat(OfficeContracts.translate(internal, ADMIN)).contains(
                new org.sportello.contracts.scheduling.v1.OpeningHoursSet("massa", LocalDate.of(2025, 3, 1), List.of(
                        new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(11, 0), OpeningMode.WALK_IN),
                        new WeeklySlot(DayOfWeek.WEDNESDAY, LocalTime.of(11, 30), LocalTime.of(13, 0),
                                OpeningMode.PHONE_LINE)), AT, ADMIN));
    }

    @Test
    void closureIsPublishedWithItsDatesButNeverItsReason() {
        var internal = new org.sportello.scheduling.office.ClosureScheduled(MASSA, LocalDate.of(2025, 12, 24),
                LocalDate.of(2025, 12, 26), "Sciopero del personale", AT);

        Object published = OfficeContracts.translate(internal, ADMIN).orElseThrow();

        assertThat(published).isEqualTo(new org.sportello.contracts.scheduling.v1.ClosureScheduled("massa",
                LocalDate.of(2025, 12, 24), LocalDate.of(2025, 12, 26), AT, ADMIN));
        assertThat(new String(ContractJson.write(published), StandardCharsets.UTF_8)).doesNotContain("Sciopero");
    }

    @Test
    void operatorRegisteredIsPublishedWithoutTheirName() {
        OperatorId operator = new OperatorId("op-7f3a");
        var internal = new org.sportello.scheduling.operator.OperatorRegistered(operator,
                Personal.of(SubjectId.of(java.util.UUID.randomUUID()), "Anna Bianchi"),
                List.of(org.sportello.scheduling.operator.OperatorRole.SOCIAL_WORKER,
                        org.sportello.scheduling.operator.OperatorRole.EDUCATOR),
                "Cooperativa Il Sorriso", List.of(MASSA, new OfficeId("montignoso")), AT);

        Object published = OfficeContracts.translate(internal, ADMIN).orElseThrow();

        assertThat(published).isEqualTo(new org.sportello.contracts.scheduling.v1.OperatorRegistered("op-7f3a",
                List.of(OperatorRole.SOCIAL_WORKER, OperatorRole.EDUCATOR), "Cooperativa Il Sorriso",
                List.of("massa", "montignoso"), AT, ADMIN));
        assertThat(new String(ContractJson.write(published), StandardCharsets.UTF_8)).doesNotContain("Anna", "Bianchi");
    }

    @Test
    void availabilityStaysInside() {
        assertThat(OfficeContracts.translate(new AvailabilitySet(new OperatorId("op-7f3a"), List.of(),
                List.of(new Absence(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 14))), AT), ADMIN)).isEmpty();
    }

    @Test
    void operatorChangedStaysInsideUntilThereIsAContractForIt() {
        assertThat(OfficeContracts.translate(new OperatorChanged(new OperatorId("op-7f3a"),
                List.of(org.sportello.scheduling.operator.OperatorRole.EDUCATOR), "Comune di Massa", List.of(MASSA), List.of(), AT), ADMIN)).isEmpty();
    }

    @Test
    void contractsOfPrefixedStreamsAreKeyedByTheirOwnIdsAndOfficesByTheirStream() {
        SchedulingContractTranslator translator = new SchedulingContractTranslator();

        assertThat(translator.keyOf(new org.sportello.contracts.scheduling.v1.DistrictCreated("apuania", "Apuania", AT,
                null), "district:apuania")).isEqualTo("apuania");
        assertThat(translator.keyOf(new org.sportello.contracts.scheduling.v1.MunicipalityCreated("massa", "Massa",
                "apuania", AT, null), "municipality:massa")).isEqualTo("massa");
        assertThat(translator.keyOf(new org.sportello.contracts.scheduling.v1.OperatorRegistered("op-7f3a", List.of(),
                "Comune", List.of(), AT, null), "operator:op-7f3a")).isEqualTo("op-7f3a");
        assertThat(translator.keyOf(new org.sportello.contracts.scheduling.v1.ClosureScheduled("massa",
                LocalDate.of(2025, 12, 24), LocalDate.of(2025, 12, 24), AT, null), "massa")).isEqualTo("massa");
    }

    @Test
    void theServicesTranslatorPassesTheCallersIdAsRecordedBy() {
        assertThat(new SchedulingContractTranslator().translate(new org.sportello.scheduling.office.DistrictCreated(
                new DistrictId("apuania"), "Apuania", AT), new Caller(ADMIN, "ADMIN")))
                .contains(new org.sportello.contracts.scheduling.v1.DistrictCreated("apuania", "Apuania", AT, ADMIN));
    }
}
