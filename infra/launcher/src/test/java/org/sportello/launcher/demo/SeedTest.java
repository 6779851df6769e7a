package org.sportello.launcher.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class SeedTest {

    private static final Seed SEED = Seed.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 7, 1),
            LocalDate.of(2026, 12, 31));

    /** Scheduling refuses a week whose slots overlap on a day (they would count an hour twice): the seed's never do. */
    @Test
    void noSetOfHoursHasOverlappingSlots() {
        for (Seed.OfficeSetup office : SEED.offices()) {
            for (Seed.HoursSet hours : office.hours()) {
                List<Seed.WeeklySlot> slots = hours.slots();
                for (int i = 0; i < slots.size(); i++) {
                    for (int j = 0; j < i; j++) {
                        Seed.WeeklySlot a = slots.get(i);
                        Seed.WeeklySlot b = slots.get(j);
                        boolean overlap = a.dayOfWeek() == b.dayOfWeek()
                                && LocalTime.parse(a.from()).isBefore(LocalTime.parse(b.to()))
                                && LocalTime.parse(b.from()).isBefore(LocalTime.parse(a.to()));
                        assertThat(overlap).as("%s from %s: %s overlaps %s", office.officeId(), hours.validFrom(), a, b)
                                .isFalse();
                    }
                }
            }
        }
    }

    /** Scheduling takes one central office per municipality, a SECRETARIAT; the research needs each town's. */
    @Test
    void everyMunicipalityHasExactlyOneCentralOfficeASecretariat() {
        for (Seed.Municipality municipality : SEED.municipalities()) {
            List<Seed.OfficeSetup> central = SEED.offices().stream()
                    .filter(o -> o.municipalityId().equals(municipality.municipalityId())).filter(Seed.OfficeSetup::central)
                    .toList();

            assertThat(central).as(municipality.name()).singleElement()
                    .extracting(Seed.OfficeSetup::kind).isEqualTo(Seed.KIND_SECRETARIAT);
        }
        assertThat(SEED.offices()).filteredOn(o -> o.municipalityId().equals("monza") && !o.central()).hasSize(4);
    }

    @Test
    void messinaTheComparisonCityHasOneCentralisedOfficeInItsOwnDistrict() {
        assertThat(SEED.municipalities()).contains(new Seed.Municipality("messina", "Messina", "distretto-messina"));
        assertThat(SEED.districts()).extracting(Seed.District::districtId).contains("distretto-messina");
        assertThat(SEED.offices()).filteredOn(o -> o.municipalityId().equals("messina"))
                .singleElement().satisfies(office -> {
                    assertThat(office.officeId()).isEqualTo("messina-centrale");
                    assertThat(office.central()).isTrue();
                    assertThat(office.kind()).isEqualTo(Seed.KIND_SECRETARIAT);
                });
        assertThat(Seed.OFFICE_IDS).contains("messina-centrale");
        assertThat(SEED.staff()).filteredOn(s -> s.offices().contains("messina-centrale"))
                .extracting(Seed.StaffMember::employer).containsOnly("Comune di Messina");
    }

    @Test
    void corsicoGoesFromTwoToFourteenAppointmentHoursAWeek() {
        Seed.OfficeSetup corsico = SEED.offices().stream().filter(o -> o.officeId().equals("corsico")).findFirst()
                .orElseThrow();
        assertThat(corsico.hours()).extracting(h -> appointmentMinutes(h) / 60.0).containsExactly(2.0, 14.0);
    }

    private static long appointmentMinutes(Seed.HoursSet hours) {
        return hours.slots().stream().filter(s -> s.mode().equals("BY_APPOINTMENT"))
                .mapToLong(s -> java.time.Duration.between(LocalTime.parse(s.from()), LocalTime.parse(s.to())).toMinutes())
                .sum();
    }
}
