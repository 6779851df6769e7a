package org.sportello.scheduling.office;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An office with its weekly opening hours and closures. Created, and changed, only through
 * {@link OfficeRegistry}, which claims the id and checks the municipality first.
 *
 * <p>Its stream id is the bare {@code officeId}, unlike districts and municipalities: the relay keys
 * an office's published events by it, and consumers (intake) know offices by that key.
 */
@Aggregate(type = Office.TYPE)
public class Office {

    static final String TYPE = "Office";
    /**
     * Bounds on an office's history, so that reading an office stays bounded: decades of changes of
     * hours and of holidays fit many times over.
     */
    public static final int MAX_HOUR_SETS = 500;
    public static final int MAX_CLOSURES = 2_000;

    @AggregateIdentifier
    private OfficeId officeId;
    private int hourSets;
    private int closures;

    protected Office() {
        // for Axon: rebuilt from events
    }

    Office(CreateOffice command) {
        if (command.kind() == OfficeKind.PARTNER_DESK && (command.partnerName() == null || command.partnerName().isBlank())) {
            // Citizens and researchers must be able to tell whose desk oriented them.
            throw new InvalidPartnerName("a partner desk names the partner association that runs it");
        }
        if (command.kind() == OfficeKind.SECRETARIAT && command.partnerName() != null) {
            throw new InvalidPartnerName("a secretariat is the municipality's own office and names no partner");
        }
        if (command.central() && command.kind() != OfficeKind.SECRETARIAT) {
            // The central office is the municipality's own seat of the secretariat; a partner's desk
            // counted as one would turn decentralised first access into centralised.
            throw new InvalidCentralOffice("only a SECRETARIAT may be its municipality's central office");
        }
        apply(new OfficeCreated(command.officeId(), command.municipalityId(), command.name(), command.address(),
                command.kind(), command.partnerName(), command.createdAt(), command.central()));
    }

    void setOpeningHours(SetOpeningHours command) {
        if (hourSets >= MAX_HOUR_SETS) {
            throw new InvalidOpeningHours("validFrom", "an office keeps at most " + MAX_HOUR_SETS + " sets of hours");
        }
        List<WeeklySlot> slots = command.slots();
        for (int i = 0; i < slots.size(); i++) {
            WeeklySlot slot = slots.get(i);
            if (!onTheMinute(slot.from()) || !onTheMinute(slot.to())) {
                // Hours are read as HH:mm everywhere; a second set here would be shown as another time.
                throw new InvalidOpeningHours("slots[" + i + "]", "times are whole minutes, such as 09:30");
            }
            if (!slot.from().isBefore(slot.to())) {
                throw new InvalidOpeningHours("slots[" + i + "].to", "must be after from, on the same day");
            }
            for (int j = 0; j < i; j++) {
                if (slot.overlaps(slots.get(j))) {
                    // Overlapping slots would count the same hour twice in hours-open reports.
                    throw new InvalidOpeningHours("slots[" + i + "]", "overlaps slots[" + j + "] on " + slot.dayOfWeek());
                }
            }
        }
        apply(new OpeningHoursSet(officeId, command.validFrom(), List.copyOf(slots), command.setAt()));
    }

    private static boolean onTheMinute(java.time.LocalTime time) {
        return time.getSecond() == 0 && time.getNano() == 0;
    }

    void scheduleClosure(ScheduleClosure command) {
        if (command.to().isBefore(command.from())) {
            throw new InvalidClosure("to", "must not be before from");
        }
        if (closures >= MAX_CLOSURES) {
            throw new InvalidClosure("from", "an office keeps at most " + MAX_CLOSURES + " closures");
        }
        apply(new ClosureScheduled(officeId, command.from(), command.to(), command.reason(), command.scheduledAt()));
    }

    @EventSourcingHandler
    void on(OfficeCreated event) {
        officeId = event.officeId();
    }

    @EventSourcingHandler
    void on(OpeningHoursSet event) {
        hourSets++;
    }

    @EventSourcingHandler
    void on(ClosureScheduled event) {
        closures++;
    }
}
