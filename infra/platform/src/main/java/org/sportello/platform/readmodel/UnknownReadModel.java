package org.sportello.platform.readmodel;

import java.util.Collection;

import org.sportello.platform.problem.DomainException;

/** An administrator named a read model that this service does not have. */
public class UnknownReadModel extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "unknown-read-model";

    public UnknownReadModel(String name, Collection<String> known) {
        super(TYPE, Kind.NOT_FOUND, "No read model '" + name + "' here; this service has " + known + ".");
    }
}
