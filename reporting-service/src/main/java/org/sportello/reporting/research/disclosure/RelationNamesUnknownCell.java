package org.sportello.reporting.research.disclosure;

/**
 * A relation names a cell that no table of the release has: the caller built the release wrong,
 * and guessing the missing value would make the audit protect against the wrong attacker.
 */
public class RelationNamesUnknownCell extends RuntimeException {

    RelationNamesUnknownCell(String cellId) {
        super("a relation names cell " + cellId + ", which no table of the release has");
    }
}
