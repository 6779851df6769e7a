package org.sportello.platform.jobs;

import org.sportello.platform.problem.DomainException;

/**
 * An administrator asked for a run while one is going on, here or on another instance. Starting a
 * second would break the promise that a job runs once at a time; the running one's outcome shows in
 * {@code GET /api/admin/jobs} when it ends.
 */
public class JobAlreadyRunning extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "job-already-running";

    public JobAlreadyRunning(String name) {
        super(TYPE, Kind.CONFLICT, "Job '" + name + "' is running now; nothing was changed. Ask again when it has ended.");
    }
}
