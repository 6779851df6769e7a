package org.sportello.reporting.research.episodes;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sportello.reporting.research.codingschemes.CodingScheme;
import org.sportello.reporting.research.codingschemes.CodingSchemeCreated;
import org.sportello.reporting.research.codingschemes.CodingSchemes;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes every episode of a COMPUTING scheme from the stored facts, then marks it READY: in the
 * background after the scheme's creation has committed, and on start for a scheme whose
 * computation a stop interrupted.
 *
 * <p>Set-based, so that it runs at the speed of reading the facts: one query streams every case's
 * contacts in (case, time) order beside its case row through a server-side cursor, episodes are
 * built in Java one case at a time, and written in multi-row inserts of {@code batch-size} rows;
 * no query per case. All in one transaction, under an advisory lock per scheme so that two
 * computations of one scheme never run together: readers see the scheme's episodes only complete.
 *
 * <p>Cases that change meanwhile still end up right. The projection batches compute the episodes
 * of the cases they touch under every scheme, COMPUTING ones included; this computation deletes the
 * scheme's rows first and then only adds a row where the scheme has none, so a row a batch wrote
 * from newer facts than the cursor's snapshot is kept, and a batch that writes after this
 * computation's insert waits for its commit and then replaces the row. A batch that read the list
 * of schemes before this one existed committed before it was created
 * ({@link CodingSchemes#SCHEMES_LOCK}), so its facts are in the snapshot.
 */
@Component
public class EpisodeRecomputation implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EpisodeRecomputation.class);

    private static final String CASES = """
            SELECT c.citizen_id AS case_citizen_id, c.taken_in_charge_at, c.referred_at, c.closed_at,
                   t.contact_id, t.case_id, t.citizen_id, t.office_id, t.channel, t.occurred_at, t.month, t.joint,
                   t.outcomes, t.user_areas, t.need_categories
            FROM research_contact t JOIN research_case c ON c.case_id = t.case_id
            WHERE t.case_id IS NOT NULL
            ORDER BY t.case_id, t.occurred_at, t.contact_id""";

    private static final String ANONYMOUS = "SELECT " + EpisodeTables.CONTACT_COLUMNS
            + " FROM research_contact WHERE case_id IS NULL";

    private final CodingSchemes schemes;
    private final EpisodeTables tables;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int fetchSize;
    private final int batchSize;
    private final String workMem;
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "episode-recomputation");
        thread.setDaemon(true);
        return thread;
    });

    EpisodeRecomputation(CodingSchemes schemes, EpisodeTables tables, JdbcTemplate jdbc,
                         TransactionTemplate transactions, Clock clock,
                         @Value("${sportello.reporting.research.episodes.recomputation.fetch-size:10000}") int fetchSize,
                         @Value("${sportello.reporting.research.episodes.recomputation.batch-size:10000}") int batchSize,
                         @Value("${sportello.reporting.research.episodes.recomputation.work-mem:64MB}") String workMem) {
        this.schemes = schemes;
        this.tables = tables;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.fetchSize = fetchSize;
        this.batchSize = batchSize;
        if (!workMem.matches("[0-9]{1,6}(kB|MB|GB)")) {
            throw new IllegalArgumentException("sportello.reporting.research.episodes.recomputation.work-mem must be like 64MB, not "
                    + workMem);
        }
        this.workMem = workMem;
    }

    /**
     * How much one computation read and wrote, and how long it took.
     *
     * @param events the events the facts read stand for: every contact, every case's opening, and
     *               each of its ends (taken in charge, first referral, closed) that is known
     */
    public record Result(String scheme, long contacts, long cases, long events, long episodes, Duration took) {

        public double eventsPerSecond() {
            return events / Math.max(took.toNanos() / 1e9, 1e-9);
        }
    }

    @TransactionalEventListener
    void created(CodingSchemeCreated created) {
        background.execute(() -> computeLogged(created.version()));
    }

    @EventListener(ApplicationReadyEvent.class)
    void resume() {
        for (String version : schemes.computing()) {
            background.execute(() -> computeLogged(version));
        }
    }

    /**
     * Computes the scheme's episodes from the stored facts and marks it READY, in one transaction;
     * nothing when it is READY already (another instance finished it first).
     */
    public Result compute(String version) {
        return transactions.execute(status -> {
            jdbc.queryForList("SELECT pg_advisory_xact_lock(7, hashtext(?))", version);
            CodingScheme scheme = schemes.find(version).orElse(null);
            if (scheme == null || scheme.ready()) {
                return new Result(version, 0, 0, 0, 0, Duration.ZERO);
            }
            long started = System.nanoTime();
            Instant now = clock.instant();
            // The stream is sorted once, by the server: in memory rather than in temporary files.
            jdbc.execute("SET LOCAL work_mem = '" + workMem + "'");
            jdbc.update("DELETE FROM research_episode WHERE scheme = ?", version);
            Writer writer = new Writer(scheme, now);
            jdbc.query(connection -> cursor(connection.prepareStatement(CASES)), writer::caseRow);
            writer.endCase();
            jdbc.query(connection -> cursor(connection.prepareStatement(ANONYMOUS)), writer::anonymousRow);
            writer.flush();
            schemes.markReady(version, clock.instant());
            log.debug("Coding scheme {}: {} ms of the computation spent writing", version, writer.writing / 1_000_000);
            return new Result(version, writer.contacts, writer.cases, writer.events, writer.episodes,
                    Duration.ofNanos(System.nanoTime() - started));
        });
    }

    private void computeLogged(String version) {
        for (int attempt = 1; ; attempt++) {
            try {
                Result result = compute(version);
                log.info("Coding scheme {}: {} episodes from {} contacts of {} cases ({} events) in {} ms ({} events/s); READY",
                        version, result.episodes(), result.contacts(), result.cases(), result.events(),
                        result.took().toMillis(),
                        Math.round(result.eventsPerSecond()));
                return;
            } catch (RuntimeException e) {
                // A deadlock with a projection batch, or the database away: the scheme stays
                // COMPUTING (queries get coding-scheme-not-ready), tried again, and on the next start.
                if (attempt >= 5) {
                    log.error("Coding scheme {}: computing its episodes failed {} times; it stays COMPUTING until"
                            + " the next start", version, attempt, e);
                    return;
                }
                log.warn("Coding scheme {}: computing its episodes failed, trying again", version, e);
            }
        }
    }

    private PreparedStatement cursor(PreparedStatement statement) throws SQLException {
        statement.setFetchSize(fetchSize);
        return statement;
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }

    /** Builds the episodes one case at a time from the ordered stream, and writes them in batches. */
    private final class Writer {

        private final CodingScheme scheme;
        private final Instant now;
        private final List<Episode> pending = new ArrayList<>();
        private final List<ContactFact> caseContacts = new ArrayList<>();
        private UUID caseId;
        private UUID citizenId;
        private Instant takenInChargeAt;
        private Instant referredAt;
        private Instant closedAt;
        long contacts;
        long cases;
        long episodes;
        long events;
        long writing;

        Writer(CodingScheme scheme, Instant now) {
            this.scheme = scheme;
            this.now = now;
        }

        void caseRow(ResultSet row) throws SQLException {
            ContactFact contact = EpisodeTables.contact(row);
            if (!contact.caseId().equals(caseId)) {
                endCase();
                caseId = contact.caseId();
                citizenId = row.getObject("case_citizen_id", UUID.class);
                takenInChargeAt = instant(row, "taken_in_charge_at");
                referredAt = instant(row, "referred_at");
                closedAt = instant(row, "closed_at");
                events += 1 + (takenInChargeAt == null ? 0 : 1) + (referredAt == null ? 0 : 1) + (closedAt == null ? 0 : 1);
            }
            caseContacts.add(contact);
            contacts++;
            events++;
        }

        void endCase() {
            if (caseId == null) {
                return;
            }
            EpisodeBuilder.of(new CaseFacts(caseId, citizenId, takenInChargeAt, referredAt, closedAt, caseContacts),
                    scheme, now).ifPresent(this::add);
            cases++;
            caseContacts.clear();
            caseId = null;
        }

        void anonymousRow(ResultSet row) throws SQLException {
            contacts++;
            events++;
            add(EpisodeBuilder.anonymous(EpisodeTables.contact(row), scheme));
        }

        private void add(Episode episode) {
            pending.add(episode);
            episodes++;
            if (pending.size() >= batchSize) {
                flush();
            }
        }

        void flush() {
            long started = System.nanoTime();
            tables.add(pending);
            pending.clear();
            writing += System.nanoTime() - started;
        }

        private static Instant instant(ResultSet row, String column) throws SQLException {
            java.sql.Timestamp timestamp = row.getTimestamp(column);
            return timestamp == null ? null : timestamp.toInstant();
        }
    }
}
