package org.sportello.platform.readmodel;

import java.util.Collection;

import org.sportello.platform.problem.DomainException;

/** An administrator named a read model that this service does not have. */
public class UnknownReadModel extends DomainException {

    public UnknownReadModel(String name, Collection<String> known) {
        super("No read model '" + name + "' here; this service has " + known + ".");
    }

    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }
}
