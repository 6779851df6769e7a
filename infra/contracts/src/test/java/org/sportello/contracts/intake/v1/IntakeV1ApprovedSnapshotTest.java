package org.sportello.contracts.intake.v1;

import org.sportello.contracts.ApprovedSnapshotTests;

class IntakeV1ApprovedSnapshotTest extends ApprovedSnapshotTests {

    IntakeV1ApprovedSnapshotTest() {
        super(IntakeV1Contracts.V1, IntakeV1Fixtures.oneOfEach());
    }
}
