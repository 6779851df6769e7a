package org.sportello.reporting.research;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A number that moves with every change to what research's figures are computed from (episodes,
 * contacts, the office registry), so that a computed answer can be remembered until it moves.
 *
 * <p>Moved at the end of the writing transaction, after its other writes: the row is locked only
 * from there to the commit, so that the projections' batches do not wait on one another for
 * longer than that, and no transaction waits for anything else while it holds the row. A
 * recomputation does not move it: it writes only a COMPUTING scheme's episodes, which no query reads.
 */
@Repository
public class ResearchRevision {

    private final JdbcClient jdbc;

    ResearchRevision(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** In the caller's transaction, as its last write. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void moved() {
        jdbc.sql("UPDATE research_revision SET revision = revision + 1").update();
    }

    /** Read before the figures: what is read after it is at least as new as it. */
    public long current() {
        return jdbc.sql("SELECT revision FROM research_revision").query(Long.class).single();
    }
}
