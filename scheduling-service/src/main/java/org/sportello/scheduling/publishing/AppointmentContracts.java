package org.sportello.scheduling.publishing;

import java.util.Optional;

/** Appointment events as published contracts (scheduling v1). */
final class AppointmentContracts {

    private AppointmentContracts() {
    }

    /** The contract for {@code internalEvent}, or empty when it is not one of these. */
    static Optional<Object> translate(Object internalEvent, String recordedBy) {
        return Optional.empty();
    }
}
