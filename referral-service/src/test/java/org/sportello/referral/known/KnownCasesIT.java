package org.sportello.referral.known;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sportello.referral.OtherServices;
import org.sportello.referral.RunningReferral;
import org.springframework.beans.factory.annotation.Autowired;

/** Referral learns cases, whose they are and whether they are closed, from sportello.intake.events. */
class KnownCasesIT extends RunningReferral {

    @Autowired
    KnownCases known;

    @Test
    void openedCaseIsKnownWithItsCitizenAndOfficeUntilItIsClosed() {
        try (OtherServices others = new OtherServices(jdbc)) {
            String office = others.newPlace().secretariatId();
            OtherServices.KnownCase opened = others.caseOpened(office);

            assertThat(known.find(opened.caseId()))
                    .contains(new KnownCase(opened.caseId(), opened.citizenId(), office, false));

            others.caseClosed(opened);
            assertThat(known.find(opened.caseId()).orElseThrow().closed()).isTrue();
        }
    }

    @Test
    void caseIntakeNeverPublishedIsUnknown() {
        assertThat(known.find(UUID.randomUUID())).isEmpty();
    }
}
