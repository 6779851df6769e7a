package org.sportello.contracts.intake.v1;

import org.sportello.contracts.EventTypeTests;

class IntakeV1EventTypeTest extends EventTypeTests {

    IntakeV1EventTypeTest() {
        super(IntakeV1Contracts.V1);
    }
}
