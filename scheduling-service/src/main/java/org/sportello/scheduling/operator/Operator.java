package org.sportello.scheduling.operator;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;
import java.util.Objects;
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
    private Set<OperatorRole> roles;
    private String employer;
    private Set<OfficeId> offices;
    private List<WeeklyAvailability> weekly = List.of();
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
     * Replaces roles, employer and offices. Weekly windows at an office the operator no longer works
     * at are dropped with the change, and the event names them: an administrator moving someone
     * expects their hours there to go, not a refusal until they clear them by hand. Absences stay.
     * A change that changes nothing records nothing. Appointments booked already stay as they are,
     * at the old office or in the old role: cancelling or rescheduling them is a decision for the
     * office, not a side effect of editing the staff register.
     */
    void change(ChangeOperator command) {
        Set<OperatorRole> newRoles = Set.copyOf(command.roles());
        Set<OfficeId> newOffices = Set.copyOf(command.offices());
        if (newRoles.equals(roles) && Objects.equals(command.employer(), employer) && newOffices.equals(offices)) {
            return;
        }
        List<WeeklyAvailability> dropped = weekly.stream()
                .filter(window -> !newOffices.contains(window.officeId()))
                .toList();
        apply(new OperatorChanged(operatorId, List.copyOf(command.roles()), command.employer(),
                List.copyOf(command.offices()), dropped, command.changedAt()));
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
        roles = Set.copyOf(event.roles());
        employer = event.employer();
        offices = Set.copyOf(event.offices());
    }

    @EventSourcingHandler
    void on(AvailabilitySet event) {
        weekly = List.copyOf(event.weekly());
    }

    @EventSourcingHandler
    void on(OperatorChanged event) {
        roles = Set.copyOf(event.roles());
        employer = event.employer();
        offices = Set.copyOf(event.offices());
        weekly = weekly.stream().filter(window -> !event.droppedWindows().contains(window)).toList();
    }

    @EventSourcingHandler
    void on(OperatorNameErased event) {
        nameErased = true;
    }
}
