package org.sportello.scheduling.appointment;

/**
 * The data keys of appointments' own personal data, as the components that end it see them: a
 * request's (its callback number) and an appointment's (its cancellation's reason).
 */
public interface RequestDataKeys {

    /** Shreds it within the current transaction: from its commit the number reads as erased. Idempotent. */
    void shred(RequestId requestId);

    /** Shreds it within the current transaction: from its commit the cancel reason reads as erased. Idempotent. */
    void shred(AppointmentId appointmentId);
}
