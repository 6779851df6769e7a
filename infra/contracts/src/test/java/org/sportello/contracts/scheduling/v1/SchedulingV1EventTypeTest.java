package org.sportello.contracts.scheduling.v1;

import org.sportello.contracts.EventTypeTests;

class SchedulingV1EventTypeTest extends EventTypeTests {

    SchedulingV1EventTypeTest() {
        super(SchedulingV1Contracts.V1);
    }
}
