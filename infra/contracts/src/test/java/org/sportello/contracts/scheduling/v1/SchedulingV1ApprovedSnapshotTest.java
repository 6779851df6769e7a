package org.sportello.contracts.scheduling.v1;

import org.sportello.contracts.ApprovedSnapshotTests;

class SchedulingV1ApprovedSnapshotTest extends ApprovedSnapshotTests {

    SchedulingV1ApprovedSnapshotTest() {
        super(SchedulingV1Contracts.V1, SchedulingV1Fixtures.oneOfEach());
    }
}
