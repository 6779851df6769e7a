package org.sportello.scheduling.operator;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;
import java.util.Set;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.sportello.scheduling.office.OfficeId;

/**
 * A member of staff: roles, employer, the offices they work at, and when they are available.
 * Registered only through {@link OperatorRegistration}, which claims the id and checks the offices.
 */
@Aggregate(type = Operator.TYPE)
public class Operator {

    static final String TYPE = "Operator";

    /**
     * Prefixed: the event store knows one stream per id whatever the aggregate type, and an operator id
     * (any token {@code sub}) may coincide with an office's slug.
     */
    @AggregateIdentifier
    private String streamId;
    private OperatorId operatorId;
    private Set<OfficeId> offices;
    private boolean nameErased;

    protected Operator() {
        // for Axon: rebuilt from events
    }

    Operator(RegisterOperator command) {
        apply(new OperatorRegistered(command.operatorId(), command.name(), List.copyOf(command.roles()),
                command.employer(), List.copyOf(command.offices()), command.registeredAt()));
    }

    static String streamId(OperatorId operatorId) {
        return "operator:" + operatorId.value();
    }

    void setAvailability(SetAvailability command) {
        List<WeeklyAvailability> weekly = command.weekly();
        for (int i = 0; i < weekly.size(); i++) {
            WeeklyAvailability window = weekly.get(i);
            if (!offices.contains(window.officeId())) {
                // Appointments would otherwise book them where they never go.
                throw new NotTheirOffice("weekly[" + i + "].officeId", window.officeId().value());
            }
            if (!onTheMinute(window.from()) || !onTheMinute(window.to())) {
                throw new InvalidAvailability("weekly[" + i + "]", "times are whole minutes, such as 09:30");
            }
            if (!window.from().isBefore(window.to())) {
                throw new InvalidAvailability("weekly[" + i + "].to", "must be after from, on the same day");
            }
            for (int j = 0; j < i; j++) {
                if (window.overlaps(weekly.get(j))) {
                    // One person is in one place at a time, whichever office each window names.
                    throw new InvalidAvailability("weekly[" + i + "]", "overlaps weekly[" + j + "] on " + window.dayOfWeek());
                }
            }
        }
        List<Absence> absences = command.absences();
        for (int i = 0; i < absences.size(); i++) {
            if (absences.get(i).to().isBefore(absences.get(i).from())) {
                throw new InvalidAvailability("absences[" + i + "].to", "must not be before from");
            }
        }
        apply(new AvailabilitySet(operatorId, List.copyOf(weekly), List.copyOf(absences), command.setAt()));
    }

    /**
     * Erases the name, kept or not: an operator registered without one may still ask, and the
     * tombstone of their key then stops a name ever being sealed for them. Once is all there is.
     */
    void eraseName(EraseOperatorName command) {
        if (nameErased) {
            throw new OperatorNameAlreadyErased(operatorId);
        }
        apply(new OperatorNameErased(operatorId, command.ground(), command.reference(), command.erasedBy(),
                command.erasedAt()));
    }

    private static boolean onTheMinute(java.time.LocalTime time) {
        return time.getSecond() == 0 && time.getNano() == 0;
    }

    @EventSourcingHandler
    void on(OperatorRegistered event) {
        streamId = streamId(event.operatorId());
        operatorId = event.operatorId();
        offices = Set.copyOf(event.offices());
    }

    @EventSourcingHandler
    void on(OperatorNameErased event) {
        nameErased = true;
    }
}
