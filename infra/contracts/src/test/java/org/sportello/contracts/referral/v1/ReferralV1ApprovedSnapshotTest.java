package org.sportello.contracts.referral.v1;

import org.sportello.contracts.ApprovedSnapshotTests;

class ReferralV1ApprovedSnapshotTest extends ApprovedSnapshotTests {

    ReferralV1ApprovedSnapshotTest() {
        super(ReferralV1Contracts.V1, ReferralV1Fixtures.oneOfEach());
    }
}
