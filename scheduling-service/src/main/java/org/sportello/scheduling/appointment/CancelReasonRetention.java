package org.sportello.scheduling.appointment;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.sportello.platform.jobs.JobReport;
import org.sportello.platform.jobs.RecurringJob;
import org.sportello.scheduling.time.OfficeTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A cancellation's reason is free text that may speak of the citizen's health ("in hospital"). It
 * is kept as personal data of the appointment itself, under the appointment's own data key
 * ({@link AppointmentId#subject()}: no citizen's key, since scheduling holds none, and an anonymous
 * caller has none), for as long as the office follows the cancellation up:
 * {@code sportello.scheduling.cancel-reason-retention} (default three months) after it was called
 * off ({@code cancelledAt}). Then this job erases it, as its own command and transaction per
 * appointment: the appointment records {@link CancelReasonErased} and its key is shredded, and reads
 * show {@value org.sportello.platform.personaldata.Personal#ERASED_TEXT}. The rest of the record
 * (who cancelled, when) stays: it holds no personal data and reports need it.
 */
@Component
class CancelReasonRetention implements RecurringJob {

    /** The job's public name: its row in scheduled_tasks and its admin URL. */
    static final String NAME = "cancel-reason-retention";
    private static final int BATCH = 200;
    /** Bounds a run; what is left is due again at the next run. */
    private static final int MOST_PER_RUN = 20_000;

    private final JdbcClient jdbc;
    private final CommandGateway commands;
    private final Period period;
    private final String schedule;

    CancelReasonRetention(JdbcClient jdbc, CommandGateway commands,
                          @Value("${sportello.scheduling.cancel-reason-retention:P3M}") Period period,
                          @Value("${sportello.scheduling.cancel-reason-retention-schedule:DAILY|02:45|Europe/Rome}")
                          String schedule) {
        this.jdbc = jdbc;
        this.commands = commands;
        this.period = period;
        this.schedule = schedule;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String schedule() {
        return schedule;
    }

    @Override
    public JobReport run(Instant scheduledAt) {
        // Calendar months of the office, not a fixed number of seconds.
        LocalDate cutoff = scheduledAt.atZone(OfficeTime.ZONE).minus(period).toLocalDate();
        Instant cancelledBefore = cutoff.atStartOfDay(OfficeTime.ZONE).toInstant();
        String reference = "retention: cancelled before " + cutoff + " (" + period + ")";
        int erased = 0;
        List<UUID> due;
        do {
            due = due(cancelledBefore);
            for (UUID appointmentId : due) {
                commands.sendAndWait(new EraseCancelReason(new AppointmentId(appointmentId), reference, scheduledAt));
                erased++;
            }
        } while (!due.isEmpty() && erased < MOST_PER_RUN);
        return JobReport.of("erased the reasons of " + erased + " appointments cancelled before " + cutoff);
    }

    /** Cancelled appointments whose reason is still held, called off before the cutoff. */
    private List<UUID> due(Instant cancelledBefore) {
        return jdbc.sql("""
                SELECT appointment_id FROM appointment
                 WHERE status = 'CANCELLED' AND cancel_reason IS NOT NULL AND ended_at < ?
                 ORDER BY ended_at, appointment_id
                 LIMIT ?""")
                .params(Timestamp.from(cancelledBefore), BATCH)
                .query(UUID.class)
                .list();
    }
}
