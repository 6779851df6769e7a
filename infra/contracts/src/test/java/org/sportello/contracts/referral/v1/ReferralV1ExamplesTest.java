package org.sportello.contracts.referral.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.contracts.ContractVersion.MAPPER;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sportello.contracts.ExamplesTests;
import tools.jackson.databind.JsonNode;

class ReferralV1ExamplesTest extends ExamplesTests {

    ReferralV1ExamplesTest() {
        super(ReferralV1Contracts.V1);
    }

    @Test
    void aDueDateIsWrittenAsALocalDateWithoutTimeOrOffset() {
        ReferralSent sent = MAPPER.treeToValue(ReferralV1Contracts.V1.exampleOf(ReferralSent.class), ReferralSent.class);

        JsonNode written = MAPPER.valueToTree(sent);

        assertThat(sent.dueBy()).isEqualTo(LocalDate.of(2025, 3, 17));
        assertThat(written.get("dueBy").asString()).isEqualTo("2025-03-17");
    }

    @Test
    void theConsentCarriesCodedFactsOnlyNoNameOfWitnessOrGuardian() {
        JsonNode consent = ReferralV1Contracts.V1.exampleOf(ReferralSent.class).get("consent");

        assertThat(consent.get("form").asString()).isEqualTo("VERBAL_WITH_WITNESS");
        assertThat(consent.propertyNames()).containsExactlyInAnyOrder("givenBy", "form", "givenAt", "shareScope");
    }
}
