package org.sportello.intake.citizen;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.sportello.platform.jobs.JobReport;
import org.sportello.platform.jobs.RecurringJob;
import org.sportello.platform.personaldata.ErasureGround;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Personal data is kept only as long as it is needed (GDPR art. 5(1)(e)): a citizen whose cases
 * are all closed, the last one longer ago than the retention period, is erased by this job, on
 * the ground {@link ErasureGround#NO_LONGER_NECESSARY}, as an administrator would erase them. Each
 * erasure is its own command and transaction, and shows in the erasure register with
 * {@code erasedBy} {@value #ERASED_BY}.
 *
 * <p>A citizen with an open case is never due, however old the case; nor one who never had a case
 * (registered, then nothing), whose data an administrator reviews and erases by hand.
 */
@Component
class Retention implements RecurringJob {

    /** Who the register names for erasures of this job: no operator, the retention period. */
    static final String ERASED_BY = "retention";
    /** The job's public name: its row in scheduled_tasks and its admin URL. */
    static final String NAME = "retention";
    private static final ZoneId MUNICIPALITY_TIME = ZoneId.of("Europe/Rome");
    private static final int BATCH = 200;
    /** Bounds a run; what is left is due again at the next run. */
    private static final int MOST_PER_RUN = 20_000;

    private final JdbcClient jdbc;
    private final CommandGateway commands;
    private final Period period;
    private final String schedule;

    Retention(JdbcClient jdbc, CommandGateway commands,
              @Value("${sportello.retention.after-last-case-closed}") Period period,
              @Value("${sportello.retention.schedule}") String schedule) {
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
        // Calendar years and months of the municipality, not a fixed number of seconds.
        LocalDate cutoff = scheduledAt.atZone(MUNICIPALITY_TIME).minus(period).toLocalDate();
        Instant closedBefore = cutoff.atStartOfDay(MUNICIPALITY_TIME).toInstant();
        String reference = "retention: last case closed before " + cutoff + " (" + period + ")";
        int erased = 0;
        int alreadyErased = 0;
        List<UUID> due;
        do {
            due = due(closedBefore);
            for (UUID citizenId : due) {
                try {
                    commands.sendAndWait(new EraseCitizen(new CitizenId(citizenId), ErasureGround.NO_LONGER_NECESSARY,
                            reference, ERASED_BY, scheduledAt));
                    erased++;
                } catch (CitizenAlreadyErased meanwhile) {
                    alreadyErased++;
                }
            }
        } while (!due.isEmpty() && erased + alreadyErased < MOST_PER_RUN);
        return JobReport.of("erased " + erased + " citizens whose last case closed before " + cutoff
                + (alreadyErased == 0 ? "" : " (" + alreadyErased + " were erased meanwhile)")
                + "; the erasure register lists them with erasedBy " + ERASED_BY);
    }

    /** Citizens with cases, none open, the last closed before the cutoff, not erased yet. */
    private List<UUID> due(Instant closedBefore) {
        return jdbc.sql("""
                SELECT f.citizen_id FROM case_file f
                 WHERE NOT EXISTS (SELECT 1 FROM open_case_claim o WHERE o.citizen_id = f.citizen_id)
                   AND NOT EXISTS (SELECT 1 FROM erasure e WHERE e.citizen_id = f.citizen_id)
                 GROUP BY f.citizen_id
                HAVING bool_and(f.state = 'CLOSED') AND max(f.closed_at) < ?
                 ORDER BY max(f.closed_at), f.citizen_id
                 LIMIT ?""")
                .params(Timestamp.from(closedBefore), BATCH)
                .query(UUID.class)
                .list();
    }
}
