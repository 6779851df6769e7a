package org.sportello.contracts.intake.v1;

import java.util.List;
import java.util.Set;
import org.sportello.contracts.ContractVersion;

/** The published intake v1 contract as its tests see it. */
final class IntakeV1Contracts {

    /**
     * Every event intake publishes in version 1; a new event is added here with its schema and
     * example. {@code recordedBy}, {@code appointmentId} (of ContactRecorded), {@code birthYear} and
     * {@code sex} (of CitizenRegistered) came after the first release, so they are the optional
     * properties.
     * The snapshots, approved before other services published, sit directly in {@code approved/}.
     */
    static final ContractVersion V1 = new ContractVersion("intake", 1, List.of(
            CitizenRegistered.class, CaseOpened.class, ContactRecorded.class,
            CaseTakenInCharge.class, CaseClosed.class, CitizenErased.class),
            Set.of("recordedBy", "appointmentId", "birthYear", "sex"), "approved/");

    private IntakeV1Contracts() {
    }
}
