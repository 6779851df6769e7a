package org.sportello.scheduling.appointment;

import java.time.Duration;
import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.sportello.scheduling.office.OfficeCalendar;
import org.sportello.scheduling.operator.UnknownOffice;
import org.springframework.stereotype.Component;
import org.sportello.platform.time.RecordedTime;

/**
 * A request is answered with the first free slots within the booking horizon from when it was made
 * ({@code requestedAt}, which is the past for a request recorded after the fact: its proposals are
 * then the slots that were free at the time); when there is none, it joins its office's waiting list. The proposals are advice, not holds: the booking that names
 * one is checked again, and the claims decide between two who want the same slot.
 */
@Component
public class AppointmentRequesting {

    private final Repository<AppointmentRequest> requests;
    private final OfficeCalendar offices;
    private final SlotFinder slots;
    private final AppointmentSettings settings;

    public AppointmentRequesting(Repository<AppointmentRequest> requests, OfficeCalendar offices, SlotFinder slots,
                                 AppointmentSettings settings) {
        this.requests = requests;
        this.offices = offices;
        this.slots = slots;
        this.settings = settings;
    }

    /** Returns the free slots found, empty when the request joined the waiting list. */
    @CommandHandler
    public List<Proposal> handle(RequestAppointment command) throws Exception {
        if (!offices.exists(command.officeId())) {
            throw new UnknownOffice("officeId", command.officeId().value());
        }
        RecordedTime.notInFuture("requestedAt", command.requestedAt(), command.now());
        RecordedTime.notBackdatedBeyond("requestedAt", command.requestedAt(), command.now(), settings.backdatingLimit());
        List<Proposal> proposals = slots.find(command.officeId(), command.requiredRoles(),
                Duration.ofMinutes(command.durationMinutes()), command.requestedAt(),
                command.requestedAt().plus(settings.bookingHorizon()), settings.proposals());
        requests.newInstance(() -> new AppointmentRequest(command, !proposals.isEmpty()));
        return proposals;
    }
}
