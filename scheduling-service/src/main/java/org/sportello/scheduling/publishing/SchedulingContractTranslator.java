package org.sportello.scheduling.publishing;

import java.util.Optional;
import org.sportello.platform.caller.Caller;
import org.sportello.platform.relay.ContractTranslator;
import org.springframework.stereotype.Component;

/**
 * Scheduling's stored events as the contracts it publishes on {@code sportello.scheduling.events}:
 * the office registry and staff in {@link OfficeContracts}, appointments in {@link AppointmentContracts}.
 * An event neither knows stays inside the service.
 */
@Component
class SchedulingContractTranslator implements ContractTranslator {

    @Override
    public Optional<Object> translate(Object internalEvent, Caller recordedBy) {
        String by = recordedBy == null ? null : recordedBy.id();
        return OfficeContracts.translate(internalEvent, by).or(() -> AppointmentContracts.translate(internalEvent, by));
    }

    /** Districts, municipalities and operators have prefixed streams; their contracts are keyed by their own id. */
    @Override
    public String keyOf(Object contract, String storedKey) {
        return OfficeContracts.keyOf(contract).orElse(storedKey);
    }
}
