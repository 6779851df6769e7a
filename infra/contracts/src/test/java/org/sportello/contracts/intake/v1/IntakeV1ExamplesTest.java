package org.sportello.contracts.intake.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.contracts.ContractVersion.MAPPER;

import org.junit.jupiter.api.Test;
import org.sportello.contracts.ContractVersion;
import org.sportello.contracts.ExamplesTests;
import tools.jackson.databind.JsonNode;

class IntakeV1ExamplesTest extends ExamplesTests {

    IntakeV1ExamplesTest() {
        super(IntakeV1Contracts.V1);
    }

    @Test
    void anonymousContactWritesItsMissingIdsAsNulls() {
        JsonNode anonymous = ContractVersion.readClasspath("contracts/intake/v1/ContactRecorded.anonymous.example.json");

        ContactRecorded contact = MAPPER.treeToValue(anonymous, ContactRecorded.class);
        JsonNode written = MAPPER.valueToTree(contact);

        assertThat(contact.citizenId()).isNull();
        assertThat(contact.caseId()).isNull();
        assertThat(written.has("citizenId")).isTrue();
        assertThat(written.get("citizenId").isNull()).isTrue();
        assertThat(written.has("caseId")).isTrue();
        assertThat(written.get("caseId").isNull()).isTrue();
    }

    @Test
    void contactPublishedBeforeAppointmentIdsReadsWithoutOne() {
        JsonNode earlier = ContractVersion.readClasspath("contracts/intake/v1/ContactRecorded.example.json");
        ((tools.jackson.databind.node.ObjectNode) earlier).remove("appointmentId");

        assertThat(contract.violations(ContactRecorded.class, earlier)).isEmpty();
        assertThat(MAPPER.treeToValue(earlier, ContactRecorded.class).appointmentId()).isNull();
    }
}
