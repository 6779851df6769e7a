package org.sportello.scheduling.time;

import java.time.ZoneId;

/** Opening hours, closures and availability are local times in the offices' zone. */
public final class OfficeTime {

    /** Every seed office is in Italy; DESIGN.md: days and months are taken in Europe/Rome. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Rome");

    private OfficeTime() {
    }
}
