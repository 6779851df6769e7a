package org.sportello.referral.referral;

import java.time.Instant;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.sportello.platform.jobs.JobReport;
import org.sportello.platform.jobs.RecurringJob;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The deadline check: finds the referrals still waiting for a first answer whose last day is over
 * and sends each {@link MarkReferralOverdue}, its own command and transaction, so the referral
 * decides (an answer that came in meanwhile wins). A platform job on db-scheduler: one instance
 * runs it at a time and its next run survives restarts, so a referral is found overdue even if
 * the service was down when its deadline passed. Safe to run twice: an overdue referral is no
 * longer waiting.
 */
@Component
class ReferralDeadlines implements RecurringJob {

    /** The job's public name: its row in scheduled_tasks and its admin URL. */
    static final String NAME = "referral-deadlines";
    private static final int BATCH = 200;
    /** Bounds a run; what is left is due again at the next run. */
    private static final int MOST_PER_RUN = 20_000;

    private final ReferralProjection referrals;
    private final CommandGateway commands;
    private final String schedule;

    ReferralDeadlines(ReferralProjection referrals, CommandGateway commands,
                      @Value("${sportello.referral.deadline-check-schedule}") String schedule) {
        this.referrals = referrals;
        this.commands = commands;
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
        int checked = 0;
        ReferralProjection.Waiting after = ReferralProjection.Waiting.START;
        List<ReferralProjection.Waiting> due;
        do {
            due = referrals.waitingPastDeadline(scheduledAt, after, BATCH);
            for (ReferralProjection.Waiting waiting : due) {
                commands.sendAndWait(new MarkReferralOverdue(new ReferralId(waiting.referralId()), scheduledAt));
                checked++;
                after = waiting;
            }
        } while (!due.isEmpty() && checked < MOST_PER_RUN);
        return JobReport.of("found " + checked + " referrals unanswered past their deadline as of " + scheduledAt);
    }
}
