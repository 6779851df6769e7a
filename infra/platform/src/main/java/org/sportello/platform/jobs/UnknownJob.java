package org.sportello.platform.jobs;

import java.util.Collection;

import org.sportello.platform.problem.DomainException;

/** An administrator named a job that this service does not have. */
public class UnknownJob extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "unknown-job";

    public UnknownJob(String name, Collection<String> known) {
        super(TYPE, Kind.NOT_FOUND, "name", "No job '" + name + "' here; this service has " + known + ".");
    }
}
