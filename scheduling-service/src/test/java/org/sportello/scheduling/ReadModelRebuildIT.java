package org.sportello.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.scheduling.RegistryApi.slot;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sportello.scheduling.office.OfficeCalendar;
import org.sportello.scheduling.office.OfficeId;
import org.sportello.scheduling.office.OpenSlot;
import org.sportello.scheduling.operator.OperatorId;
import org.sportello.scheduling.operator.OperatorRole;
import org.sportello.scheduling.operator.StaffCalendar;
import org.springframework.beans.factory.annotation.Autowired;

/** An administrator rebuilds the registry and the staff register from the event store: they read as before. */
class ReadModelRebuildIT extends RunningScheduling {

    private static final String REBUILD = "/api/admin/read-models/" + SchedulingProjections.GROUP + "/rebuild";

    @Autowired
    OfficeCalendar offices;

    @Autowired
    StaffCalendar staff;

    @Test
    void officesHoursClosuresAndStaffReadTheSameAfterARebuild() {
        RegistryApi api = new RegistryApi(port);
        String office = api.newOffice().officeId();
        api.setHours(office, "2025-01-01", List.of(slot("MONDAY", "09:00", "11:00", "WALK_IN")));
        api.setHours(office, "2025-03-10", List.of(slot("MONDAY", "09:00", "13:00", "BY_APPOINTMENT")));
        api.close(office, "2025-03-17", "2025-03-17");
        String operatorId = RegistryApi.uniqueSlug("op");
        RegistryApi.created(api.post("/api/operators", Map.of("operatorId", operatorId, "name", "Anna Bianchi",
                "roles", List.of("EDUCATOR"), "employer", "Comune", "offices", List.of(office))));
        api.put("/api/operators/" + operatorId + "/availability", Map.of("weekly", List.of(Map.of("dayOfWeek", "MONDAY",
                "from", "09:00", "to", "13:00", "officeId", office)), "absences", List.of(Map.of("from", "2025-03-24",
                "to", "2025-03-24"))));
        String officeBefore = api.get("/api/offices/" + office).body();
        String operatorBefore = api.send("GET", "/api/operators/" + operatorId, null, RegistryApi.ADMIN).body();
        List<OpenSlot> slotsBefore = offices.openSlots(new OfficeId(office), LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 31), null);

        RegistryApi.Response rebuild = api.send("POST", REBUILD, "", RegistryApi.ADMIN);

        assertThat(rebuild.status()).as(rebuild.body()).isEqualTo(200);
        assertThat(rebuild.json().path("completion").asString()).isEqualTo("COMPLETED");
        assertThat(api.get("/api/offices/" + office).body()).isEqualTo(officeBefore);
        assertThat(api.send("GET", "/api/operators/" + operatorId, null, RegistryApi.ADMIN).body()).isEqualTo(operatorBefore);
        assertThat(offices.openSlots(new OfficeId(office), LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31), null))
                .isEqualTo(slotsBefore).hasSize(4);
        assertThat(staff.operatorsAt(new OfficeId(office), OperatorRole.EDUCATOR)).containsExactly(new OperatorId(operatorId));
    }
}
