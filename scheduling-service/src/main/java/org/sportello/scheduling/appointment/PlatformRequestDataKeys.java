package org.sportello.scheduling.appointment;

import org.sportello.platform.personaldata.DataKeys;
import org.springframework.stereotype.Component;

/**
 * The request's own key ({@link RequestId#subject()}), which seals only its callback number, and the
 * appointment's ({@link AppointmentId#subject()}), which seals only its cancellation's reason.
 */
@Component
class PlatformRequestDataKeys implements RequestDataKeys {

    private final DataKeys keys;

    PlatformRequestDataKeys(DataKeys keys) {
        this.keys = keys;
    }

    @Override
    public void shred(RequestId requestId) {
        keys.shred(requestId.subject());
    }

    @Override
    public void shred(AppointmentId appointmentId) {
        keys.shred(appointmentId.subject());
    }
}
