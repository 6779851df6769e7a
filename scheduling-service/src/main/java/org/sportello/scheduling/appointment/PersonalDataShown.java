package org.sportello.scheduling.appointment;

import java.util.List;

import org.sportello.platform.caller.CurrentCaller;
import org.sportello.platform.personaldata.PersonalDataReads;
import org.springframework.stereotype.Component;

/**
 * Logs the reads of appointments' personal data that an answer shows in clear: an anonymous
 * caller's callback number (subject: the request), a cancellation's reason (subject: the
 * appointment). A value erased, or never given, shows nothing personal and is not logged.
 */
@Component
class PersonalDataShown {

    static final String CALLBACK_PHONE = "callback phone";
    static final String CANCEL_REASON = "cancel reason";

    private final PersonalDataReads reads;

    PersonalDataShown(PersonalDataReads reads) {
        this.reads = reads;
    }

    RequestProjection.RequestView in(RequestProjection.RequestView view) {
        if (view.callbackPhone() != null && !view.callbackPhoneErased()) {
            reads.record(new RequestId(view.requestId()).subject(), CurrentCaller.id(), CALLBACK_PHONE);
        }
        return view;
    }

    AppointmentProjection.AppointmentView in(AppointmentProjection.AppointmentView view) {
        if (view.cancelReason() != null && !view.cancelReasonErased()) {
            reads.record(new AppointmentId(view.appointmentId()).subject(), CurrentCaller.id(), CANCEL_REASON);
        }
        return view;
    }

    List<AppointmentProjection.AppointmentView> in(List<AppointmentProjection.AppointmentView> views) {
        views.forEach(this::in);
        return views;
    }
}
