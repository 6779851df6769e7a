package org.sportello.reporting.research.disclosure;

import java.util.Set;

/**
 * The cells of a release that must not be published: one set, never saying which were withheld
 * for being small and which to protect them.
 */
public record Protection(Set<String> withheld) {

    public Protection {
        withheld = Set.copyOf(withheld);
    }

    public boolean withholds(String cellId) {
        return withheld.contains(cellId);
    }
}
