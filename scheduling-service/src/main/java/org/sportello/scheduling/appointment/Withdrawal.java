package org.sportello.scheduling.appointment;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Withdraws a request that is not booked: it leaves the waiting list, and, as when an appointment
 * ends, an anonymous caller's callback number is erased in the same transaction (the request records
 * {@link CallbackPhoneErased}, its key is shredded). It holds no claim, so nothing is freed. Only the
 * request's lock is taken, as an offer's is: no cycle with {@link Booking}'s order can form.
 */
@Component
public class Withdrawal {

    private final Repository<AppointmentRequest> requests;
    private final RequestDataKeys keys;

    public Withdrawal(Repository<AppointmentRequest> requests, RequestDataKeys keys) {
        this.requests = requests;
        this.keys = keys;
    }

    @CommandHandler
    public void handle(WithdrawRequest command) {
        requests.load(command.requestId().toString()).execute(request -> {
            if (request.withdraw(command)) {
                keys.shred(command.requestId());
            }
        });
    }
}
