package org.sportello.contracts.referral.v1;

import org.sportello.contracts.EventTypeTests;

class ReferralV1EventTypeTest extends EventTypeTests {

    ReferralV1EventTypeTest() {
        super(ReferralV1Contracts.V1);
    }
}
