package org.sportello.contracts.scheduling.v1;

import java.util.List;
import java.util.Set;
import org.sportello.contracts.ContractVersion;

/** The published scheduling v1 contract as its tests see it. */
final class SchedulingV1Contracts {

    /**
     * Every event scheduling publishes in version 1; a new event is added here with its schema and
     * example. Only {@code central} (of OfficeCreated) was added after the first release, so it is the
     * one optional property.
     */
    static final ContractVersion V1 = new ContractVersion("scheduling", 1, List.of(
            DistrictCreated.class, MunicipalityCreated.class, OfficeCreated.class, OpeningHoursSet.class,
            ClosureScheduled.class, OperatorRegistered.class, AppointmentRequested.class,
            WaitingListJoined.class, AppointmentBooked.class, AppointmentRescheduled.class,
            AppointmentCancelled.class, AppointmentAttended.class, AppointmentMissed.class),
            Set.of("central"), "approved/scheduling/");

    private SchedulingV1Contracts() {
    }
}
