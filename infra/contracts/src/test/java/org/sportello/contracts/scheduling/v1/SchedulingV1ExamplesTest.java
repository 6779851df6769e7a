package org.sportello.contracts.scheduling.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.contracts.ContractVersion.MAPPER;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.sportello.contracts.ExamplesTests;
import tools.jackson.databind.JsonNode;

class SchedulingV1ExamplesTest extends ExamplesTests {

    SchedulingV1ExamplesTest() {
        super(SchedulingV1Contracts.V1);
    }

    @Test
    void aSecretariatWritesItsMissingPartnerAsNull() {
        OfficeCreated office = MAPPER.treeToValue(SchedulingV1Contracts.V1.exampleOf(OfficeCreated.class),
                OfficeCreated.class);
        JsonNode written = MAPPER.valueToTree(office);

        assertThat(office.kind()).isEqualTo(OfficeKind.SECRETARIAT);
        assertThat(office.partnerName()).isNull();
        assertThat(written.has("partnerName")).isTrue();
        assertThat(written.get("partnerName").isNull()).isTrue();
    }

    @Test
    void localTimesAreWrittenWithTheirSeconds() {
        // The API takes "09:00"; the wire always carries "09:00:00", and the schema says so.
        WeeklySlot slot = new WeeklySlot(java.time.DayOfWeek.MONDAY, LocalTime.parse("09:00"), LocalTime.parse("11:00"),
                OpeningMode.WALK_IN);

        JsonNode written = MAPPER.valueToTree(slot);

        assertThat(written.get("from").asString()).isEqualTo("09:00:00");
        assertThat(written.get("to").asString()).isEqualTo("11:00:00");
    }
}
