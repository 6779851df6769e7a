package org.sportello.scheduling.publishing;

import java.util.Optional;

/** Office events as published contracts (scheduling v1). */
final class OfficeContracts {

    private OfficeContracts() {
    }

    /** The contract for {@code internalEvent}, or empty when it is not one of these. */
    static Optional<Object> translate(Object internalEvent, String recordedBy) {
        return Optional.empty();
    }
}
