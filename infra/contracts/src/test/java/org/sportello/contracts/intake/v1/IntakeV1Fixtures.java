package org.sportello.contracts.intake.v1;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One event of each type, built in Java, for the approved snapshots. Fixed values only: a snapshot
 * must not change from one run to the next.
 */
final class IntakeV1Fixtures {

    static final UUID CITIZEN_ID = UUID.fromString("28ebeea7-570a-4ab2-b5f1-39978c567825");
    static final UUID CASE_ID = UUID.fromString("4bc7e4f9-77bd-4be4-a2f1-173964ec979a");
    static final UUID CONTACT_ID = UUID.fromString("2008270d-d1e2-4c99-a419-2088ff2f7fee");
    static final String OFFICE = "monza-san-rocco";
    static final String RECORDED_BY = "op-0173";
    // 31 January in UTC but already 1 February in Rome: a month boundary that readers of the
    // snapshots should see written as UTC, with the Z.
    static final Instant FEBRUARY_IN_ROME = Instant.parse("2025-01-31T23:30:00Z");

    private IntakeV1Fixtures() {
    }

    static List<Record> oneOfEach() {
        return List.of(citizenRegistered(), caseOpened(), contactRecorded(), caseTakenInCharge(), caseClosed(),
                citizenErased());
    }

    static CitizenRegistered citizenRegistered() {
        return new CitizenRegistered(CITIZEN_ID, FEBRUARY_IN_ROME, RECORDED_BY, 1980, Sex.F);
    }

    static CaseOpened caseOpened() {
        return new CaseOpened(CASE_ID, CITIZEN_ID, OFFICE, FEBRUARY_IN_ROME, RECORDED_BY);
    }

    static ContactRecorded contactRecorded() {
        return new ContactRecorded(CONTACT_ID, CITIZEN_ID, CASE_ID, OFFICE, Channel.WALK_IN,
                // Sub-second precision pins how instants with a fraction are written.
                Instant.parse("2025-01-31T23:30:00.125Z"),
                List.of(new Operator("op-0173", OperatorRole.SOCIAL_WORKER),
                        new Operator("op-0288", OperatorRole.EDUCATOR)),
                List.of(new Need(UserArea.FAMILY_AND_MINORS, List.of(NeedCategory.FAMILY_RELATIONS)),
                        new Need(UserArea.POVERTY_AND_ADULT_HARDSHIP,
                                List.of(NeedCategory.HOUSING, NeedCategory.INCOME))),
                List.of(ContactOutcome.ORIENTATION, ContactOutcome.APPOINTMENT_PROPOSED), RECORDED_BY);
    }

    static CaseTakenInCharge caseTakenInCharge() {
        return new CaseTakenInCharge(CASE_ID, CITIZEN_ID, "op-0173", FEBRUARY_IN_ROME, RECORDED_BY);
    }

    static CaseClosed caseClosed() {
        return new CaseClosed(CASE_ID, CITIZEN_ID, CaseClosureReason.REFERRED_ELSEWHERE, FEBRUARY_IN_ROME, RECORDED_BY);
    }

    static CitizenErased citizenErased() {
        return new CitizenErased(CITIZEN_ID, FEBRUARY_IN_ROME);
    }
}
