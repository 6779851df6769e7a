package org.sportello.referral.provider;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A provider in the registry: a public specialist service or a third-sector partner that referrals
 * are sent to. Registered only through {@link ProviderRegistration}, which checks the district and
 * claims the id first.
 */
@Aggregate(type = Provider.TYPE)
public class Provider {

    /** Stored beside every event; written out so that renaming the class cannot change stored data. */
    static final String TYPE = "Provider";

    /** The range a registration may set; beyond two months a deadline no longer prompts anyone. */
    public static final int MIN_DEADLINE = 1;
    public static final int MAX_DEADLINE = 60;

    /**
     * The event stream's id: prefixed, because the event store knows one stream per id whatever the
     * aggregate type, and a provider's slug may coincide with another aggregate's id.
     */
    @AggregateIdentifier
    private String streamId;

    protected Provider() {
        // for Axon: rebuilt from events
    }

    Provider(RegisterProvider command) {
        Integer requested = command.responseDeadlineWorkingDays();
        if (requested != null && (requested < MIN_DEADLINE || requested > MAX_DEADLINE)) {
            throw new InvalidProviderRequest("responseDeadlineWorkingDays",
                    "must be " + MIN_DEADLINE + " to " + MAX_DEADLINE + " working days, or left out for the default of "
                            + command.serviceType());
        }
        // A type's default unless the registration says otherwise: decided once, here, and recorded, so a
        // later change of the defaults never moves the deadline of a provider already registered.
        int deadline = requested != null ? requested : command.serviceType().defaultDeadlineWorkingDays();
        apply(new ProviderRegistered(command.providerId(), command.name(), command.kind(), command.serviceType(),
                command.districtId(), List.copyOf(command.municipalityIds()), command.contactChannel(), deadline,
                command.registeredAt()));
    }

    public static String streamId(ProviderId providerId) {
        return "provider:" + providerId.value();
    }

    @EventSourcingHandler
    void on(ProviderRegistered event) {
        streamId = streamId(event.providerId());
    }
}
