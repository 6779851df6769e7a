package org.sportello.platform.relay;

import java.util.Optional;

/**
 * A service's mapping from its internal events (which may hold personal data and notes) to the
 * contract events it publishes. Returning empty keeps an event inside the service.
 */
@FunctionalInterface
public interface ContractTranslator {

    Optional<Object> translate(Object internalEvent);
}
