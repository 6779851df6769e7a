package org.sportello.reporting.research.disclosure;

import java.util.List;

/** The cells one published table shows and the relations between them, as an attacker knows them. */
public record Table(String name, List<Cell> cells, List<Relation> relations) {

    public Table {
        cells = List.copyOf(cells);
        relations = List.copyOf(relations);
    }
}
