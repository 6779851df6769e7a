package org.sportello.platform.readmodel;

import java.time.Duration;

import org.sportello.platform.problem.DomainException;

/** A rebuild could not lock the read model's tables in time: commands kept them busy. Try again. */
public class ReadModelBusy extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "read-model-busy";

    public ReadModelBusy(String name, Duration waited) {
        super(TYPE, Kind.CONFLICT, "The tables of read model '" + name + "' stayed in use for " + waited.toSeconds()
                + " s; nothing was changed. Try the rebuild again when the service is less busy.");
    }
}
