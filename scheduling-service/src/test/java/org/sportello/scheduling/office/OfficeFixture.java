package org.sportello.scheduling.office;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** Test data for the office registry: Massa's secretariat and its hours. */
final class OfficeFixture {

    static final DistrictId DISTRICT = new DistrictId("apuania");
    static final MunicipalityId MUNICIPALITY = new MunicipalityId("massa");
    static final OfficeId OFFICE = new OfficeId("massa");
    static final Instant AT = Instant.parse("2025-02-01T09:00:00Z");
    static final LocalDate FROM = LocalDate.of(2025, 3, 1);

    private OfficeFixture() {
    }

    static CreateOffice createSecretariat() {
        return new CreateOffice(OFFICE, MUNICIPALITY, "Segretariato Sociale di Massa", "Via Porta Fabbrica 1",
                OfficeKind.SECRETARIAT, null, false, AT);
    }

    static OfficeCreated secretariatCreated() {
        return new OfficeCreated(OFFICE, MUNICIPALITY, "Segretariato Sociale di Massa", "Via Porta Fabbrica 1",
                OfficeKind.SECRETARIAT, null, AT, false);
    }

    /** Massa's central office, beside the neighbourhood office {@link #OFFICE}. */
    static final OfficeId CENTRAL_OFFICE = new OfficeId("massa-centro");

    static CreateOffice createCentralSecretariat() {
        return new CreateOffice(CENTRAL_OFFICE, MUNICIPALITY, "Segretariato Sociale, sede centrale", "Piazza Aranci 1",
                OfficeKind.SECRETARIAT, null, true, AT);
    }

    static OfficeCreated centralSecretariatCreated() {
        return new OfficeCreated(CENTRAL_OFFICE, MUNICIPALITY, "Segretariato Sociale, sede centrale", "Piazza Aranci 1",
                OfficeKind.SECRETARIAT, null, AT, true);
    }

    static WeeklySlot slot(DayOfWeek day, String from, String to, OpeningMode mode) {
        return new WeeklySlot(day, LocalTime.parse(from), LocalTime.parse(to), mode);
    }
}
