package org.sportello.benchmark;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.sportello.benchmark.ReplayData.Citizen;
import org.sportello.benchmark.ReplayData.Person;
import org.sportello.local.LocalPostgres;
import org.sportello.platform.axon.AxonPostgresAutoConfiguration;
import org.sportello.platform.eventstore.StoredEventsAutoConfiguration;
import org.sportello.platform.personaldata.PersonalDataCipher;
import org.sportello.platform.personaldata.PersonalDataModule;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import tools.jackson.databind.json.JsonMapper;

/**
 * What sealing personal data costs a replay of intake's event store. Two event stores in one
 * scratch database hold the same citizens and contacts: ON as intake stores them (personal data
 * sealed by the {@link PersonalDataModule}), OFF as it stored them before (the same values in plain
 * text). Each is replayed end to end as a read-model rebuild does it (every event streamed from
 * Axon's JDBC storage engine, deserialized and applied to read tables in one transaction); OFF and
 * ON alternate after a warm-up round, and a third pass opens every value, the worst case. The raw
 * single-row insert rate of the same server, measured in the same run, puts the figures in scale.
 *
 * <p>The services have no switch to turn sealing off, and must not have one: the comparison lives
 * here, on event classes shaped like intake's ({@link ReplayEvents}).
 */
public final class ReplayEncryptionBenchmark {

    /** The passes of a round, in the order they run. */
    enum Mode {
        OFF("OFF"), ON("ON"), ON_DECRYPTING("ON-decrypting");

        final String label;

        Mode(String label) {
            this.label = label;
        }
    }

    /**
     * Reads of {@code data_key} in a replay's transaction, as PostgreSQL counts them: index or
     * sequential scans, and the rows they fetched. The key cache starts empty, so {@code rows} is at
     * least the subjects whose values were opened; once per subject, not once per value, is the
     * point. (The platform reads keys ahead in creation order, so scans are far fewer than subjects.)
     */
    record KeyReads(long scans, long rows) {

        KeyReads since(KeyReads before) {
            return new KeyReads(scans - before.scans, rows - before.rows);
        }
    }

    /** One mode's measured passes together; the key reads and values opened are the last pass's. */
    record Figures(double eventsPerSecond, List<Double> perRound, KeyReads keyReads, long valuesOpened) {
    }

    record Result(long eventsPerStore, Map<Mode, Figures> figures, double rawInsertsPerSecond, int rawConnections) {

        double ratio(Mode mode) {
            return figures.get(mode).eventsPerSecond() / figures.get(Mode.OFF).eventsPerSecond();
        }
    }

    /** A look into the scratch database before it is dropped (tests). */
    @FunctionalInterface
    interface BeforeDrop {
        void inspect(String databaseUrl) throws Exception;
    }

    static final double TARGET_RATIO = 0.8;
    private static final int FILL_BATCH = 1000;
    private static final int WARM_UP_ROUNDS = 1;
    /** Citizens whose texts are looked for in both stores' payloads, to show the comparison is real. */
    private static final int PLAIN_TEXT_SAMPLE = 10;
    static final String SEALED_SCHEMA = "sealed";
    static final String PLAIN_SCHEMA = "plain";
    private static final String OPENED_CITIZEN = "opened_citizen";
    private static final String OPENED_CONTACT = "opened_contact";

    private final ReplayOptions options;
    private final PrintStream out;
    /** Made for this run and never kept: the scratch database's data keys die with it. */
    private final String masterKey;
    private final JsonMapper json = JsonMapper.builder().build();
    private ReplayStore sealed;
    private ReplayStore plain;

    private ReplayEncryptionBenchmark(ReplayOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.masterKey = Base64.getEncoder().encodeToString(key);
    }

    public static void main(String[] args) throws Exception {
        ReplayOptions options;
        try {
            options = ReplayOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(ReplayOptions.USAGE);
            System.exit(2);
            return;
        }
        run(options, System.out, url -> { });
    }

    /** Creates the scratch database, measures, prints, and drops the database whatever happened. */
    static Result run(ReplayOptions options, PrintStream out, BeforeDrop beforeDrop) throws Exception {
        byte[] suffix = new byte[4];
        new SecureRandom().nextBytes(suffix);
        String database = "sportello_replay_" + HexFormat.of().formatHex(suffix);
        LocalPostgres.ensureDatabase(options.jdbcUrl(), options.jdbcUser(), options.jdbcPassword(), database);
        String url = LocalPostgres.databaseUrl(options.jdbcUrl(), database);
        Runnable drop = () -> LocalPostgres.dropDatabase(options.jdbcUrl(), options.jdbcUser(), options.jdbcPassword(),
                database);
        // Ctrl-C halfway through a run of minutes must not leave a database behind on someone's server.
        Thread dropOnInterrupt = new Thread(drop, "replay-encryption-drop");
        Runtime.getRuntime().addShutdownHook(dropOnInterrupt);
        ReplayEncryptionBenchmark benchmark = new ReplayEncryptionBenchmark(options, out);
        try {
            Result result = benchmark.measure(database, url);
            beforeDrop.inspect(url);
            return result;
        } finally {
            benchmark.close();
            Runtime.getRuntime().removeShutdownHook(dropOnInterrupt);
            drop.run();
        }
    }

    private Result measure(String database, String url) throws Exception {
        EventSchema eventSchema = platformEventSchema();
        sealed = ReplayStore.create(url, options.jdbcUser(), options.jdbcPassword(), SEALED_SCHEMA, eventSchema,
                ReplayProjections.SEALED_TABLES + ReplayProjections.plainTables(OPENED_CITIZEN, OPENED_CONTACT));
        plain = ReplayStore.create(url, options.jdbcUser(), options.jdbcPassword(), PLAIN_SCHEMA, eventSchema,
                ReplayProjections.plainTables("citizen", "contact"));
        out.printf("Sportello replay-encryption benchmark%n");
        out.printf("  scratch database   %s on PostgreSQL %s, dropped at the end%n", database,
                sealed.jdbc().queryForObject("SHOW server_version", String.class));
        out.printf("  machine            %d cores, Java %s, max heap %d MiB%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);

        long started = System.nanoTime();
        fill();
        for (ReplayStore store : List.of(plain, sealed)) {
            // Hint bits set and statistics taken now, by us, rather than by the first pass that reads
            // the rows or by an autovacuum the fill woke, in the middle of a measured pass.
            store.jdbc().execute("VACUUM (ANALYZE) domain_event_entry, data_key");
        }
        out.printf("  event stores       %d citizens x (1 registration + %d contacts) = %d events in each, filled and vacuumed in %.1f s%n",
                options.citizens(), options.contactsPerCitizen(), options.events(), seconds(started));
        describe(plain, "OFF", "plain text, as intake stored it before sealing");
        describe(sealed, "ON ", "personal data sealed under " + count(sealed, "data_key") + " data keys, as today");
        out.printf("  plain-text check   texts of %d citizens found in OFF payloads: %d, in ON payloads: %d%n",
                Math.min(PLAIN_TEXT_SAMPLE, options.citizens()), citizensFoundIn(plain), citizensFoundIn(sealed));

        out.printf("%nwarm-up (unmeasured)%n");
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            for (Mode mode : Mode.values()) {
                printPass(mode, pass(mode));
            }
        }
        Map<Mode, List<Pass>> measured = new EnumMap<>(Mode.class);
        for (int round = 1; round <= options.rounds(); round++) {
            out.printf("round %d%n", round);
            for (Mode mode : Mode.values()) {
                Pass pass = pass(mode);
                printPass(mode, pass);
                measured.computeIfAbsent(mode, m -> new ArrayList<>()).add(pass);
            }
        }

        out.printf("%nmeasuring raw PostgreSQL inserts ...%n");
        double rawInserts = RawInsertBaseline.insertsPerSecond(url, options.jdbcUser(), options.jdbcPassword(),
                options.concurrency(), options.insertDuration());
        Map<Mode, Figures> figures = new EnumMap<>(Mode.class);
        measured.forEach((mode, passes) -> figures.put(mode, figures(passes)));
        Result result = new Result(options.events(), figures, rawInserts, options.concurrency());
        print(result);
        return result;
    }

    /** Both stores get the same citizens, in batches, each batch in a transaction as a command's would be. */
    private void fill() {
        JdbcEventStorageEngine sealedEvents = sealed.events(serializer(cipher()));
        JdbcEventStorageEngine plainEvents = plain.events(serializer(null));
        List<DomainEventMessage<?>> sealedBatch = new ArrayList<>(FILL_BATCH + options.contactsPerCitizen() + 1);
        List<DomainEventMessage<?>> plainBatch = new ArrayList<>(FILL_BATCH + options.contactsPerCitizen() + 1);
        for (int i = 0; i < options.citizens(); i++) {
            Citizen citizen = ReplayData.citizen(i, options.contactsPerCitizen());
            sealedBatch.addAll(ReplayEvents.sealed(citizen));
            plainBatch.addAll(ReplayEvents.plain(citizen));
            if (sealedBatch.size() >= FILL_BATCH || i == options.citizens() - 1) {
                sealed.inTransaction(() -> append(sealedEvents, sealedBatch));
                plain.inTransaction(() -> append(plainEvents, plainBatch));
            }
        }
    }

    private static Void append(JdbcEventStorageEngine events, List<DomainEventMessage<?>> batch) {
        events.appendEvents(batch);
        batch.clear();
        return null;
    }

    private record Pass(long events, double seconds, KeyReads keyReads, long opened) {

        double eventsPerSecond() {
            return events / seconds;
        }
    }

    /**
     * One replay: empty the read tables, stream every event from the first, deserialize it, apply
     * it, commit. ON passes get a new cipher, whose key cache is empty as after a restart.
     */
    private Pass pass(Mode mode) {
        ReplayStore store = mode == Mode.OFF ? plain : sealed;
        PersonalDataCipher cipher = mode == Mode.OFF ? null : cipher();
        JdbcEventStorageEngine events = store.events(serializer(cipher));
        ReplayProjections.Projection projection = switch (mode) {
            case OFF -> new ReplayProjections.Plain(store.jdbc(), json, "citizen", "contact");
            case ON -> new ReplayProjections.Sealed(store.jdbc(), json, cipher);
            case ON_DECRYPTING -> new ReplayProjections.Opening(store.jdbc(), json, OPENED_CITIZEN, OPENED_CONTACT);
        };
        // Left-over garbage of the previous pass should not be collected on this one's time.
        System.gc();
        long started = System.nanoTime();
        Pass pass = store.inTransaction(() -> {
            store.jdbc().execute("TRUNCATE " + String.join(", ", projection.tables()));
            KeyReads before = keyReads(store);
            long read = 0;
            try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(null, false)) {
                Iterator<? extends TrackedEventMessage<?>> iterator = stream.iterator();
                while (iterator.hasNext()) {
                    projection.on(iterator.next().getPayload());
                    read++;
                }
            }
            projection.flush();
            return new Pass(read, 0, keyReads(store).since(before), projection.opened());
        });
        double seconds = seconds(started);
        if (pass.events() != options.events() || projection.applied() != options.events()) {
            throw new IllegalStateException(mode.label + " replayed " + pass.events() + " events and applied "
                    + projection.applied() + ", not the " + options.events() + " stored");
        }
        return new Pass(pass.events(), seconds, pass.keyReads(), pass.opened());
    }

    /**
     * The reads of {@code data_key} PostgreSQL has counted for this connection; cheap, and without
     * knowing the platform's queries. Only a difference within one transaction means anything:
     * since PostgreSQL 15 the counts may still hold earlier transactions' reads, which are reported
     * only once the connection is idle.
     */
    private static KeyReads keyReads(ReplayStore store) {
        return store.jdbc().queryForObject("SELECT coalesce(sum(seq_scan + coalesce(idx_scan, 0)), 0), "
                        + "coalesce(sum(seq_tup_read + coalesce(idx_tup_fetch, 0)), 0) "
                        + "FROM pg_stat_xact_user_tables WHERE schemaname = ? AND relname = 'data_key'",
                (rs, n) -> new KeyReads(rs.getLong(1), rs.getLong(2)), store.schema());
    }

    private PersonalDataCipher cipher() {
        return PersonalDataCipher.standalone(sealed.dataSource(), masterKey);
    }

    /**
     * Axon's Jackson 3 serializer with the mapper settings the platform gives the services' event
     * store; with a cipher, also its {@link PersonalDataModule}, as {@code StoredEventsAutoConfiguration} adds it.
     */
    private static Serializer serializer(PersonalDataCipher cipher) {
        return Jackson3Serializer.builder()
                .jsonMapperBuilderCustomizer(mapper -> {
                    StoredEventsAutoConfiguration.readStoredEventsForEver(mapper);
                    if (cipher != null) {
                        mapper.addModule(new PersonalDataModule(cipher));
                    }
                })
                .build();
    }

    /** The snake_case schema the platform gives the services, rather than its table and column names copied. */
    static EventSchema platformEventSchema() {
        try (AnnotationConfigApplicationContext context =
                     new AnnotationConfigApplicationContext(AxonPostgresAutoConfiguration.SnakeCaseSchemas.class)) {
            return context.getBean(EventSchema.class);
        }
    }

    private void describe(ReplayStore store, String label, String what) {
        Map<String, Object> size = store.jdbc().queryForMap("SELECT pg_total_relation_size('domain_event_entry') AS bytes, "
                + "avg(octet_length(payload))::bigint AS payload FROM domain_event_entry");
        out.printf("    %s schema %-7s %s; %.1f MiB, payload %d bytes on average%n", label, store.schema() + ":", what,
                ((Number) size.get("bytes")).longValue() / (1024.0 * 1024.0), ((Number) size.get("payload")).longValue());
    }

    /** Of the first citizens, how many have a name, fiscal code, phone, e-mail or note readable in the store's payloads. */
    private long citizensFoundIn(ReplayStore store) {
        long found = 0;
        for (int i = 0; i < Math.min(PLAIN_TEXT_SAMPLE, options.citizens()); i++) {
            Citizen citizen = ReplayData.citizen(i, options.contactsPerCitizen());
            Person person = citizen.person();
            List<String> texts = new ArrayList<>(List.of(person.fiscalCode(), person.firstName(), person.lastName(),
                    person.phone(), person.email()));
            citizen.contacts().stream().findFirst().ifPresent(contact -> texts.add(contact.notes()));
            found += texts.stream().anyMatch(text -> payloadsContaining(store, text) > 0) ? 1 : 0;
        }
        return found;
    }

    /** Events whose stored payload holds the text as a JSON string, as anyone reading the table could see it. */
    private static long payloadsContaining(ReplayStore store, String text) {
        Long count = store.jdbc().queryForObject("SELECT count(*) FROM domain_event_entry "
                + "WHERE position(convert_to(?, 'UTF8') IN payload) > 0", Long.class, jsonString(text));
        return count == null ? 0 : count;
    }

    /**
     * The text as a plain payload holds it, quotes included: a short name such as "Sala" turns up
     * by chance in a few of 100,000 base64 ciphertexts, but a quote never does. The made-up texts
     * hold nothing that JSON escapes.
     */
    static String jsonString(String text) {
        return '"' + text + '"';
    }

    private static long count(ReplayStore store, String table) {
        Long rows = store.jdbc().queryForObject("SELECT count(*) FROM " + table, Long.class);
        return rows == null ? 0 : rows;
    }

    private void printPass(Mode mode, Pass pass) {
        out.printf("  %-14s %8d events in %6.2f s  %8.0f events/s%s%n", mode.label, pass.events(), pass.seconds(),
                pass.eventsPerSecond(), mode == Mode.OFF ? ""
                        : "   data_key: " + reads(pass.keyReads())
                        + (mode == Mode.ON_DECRYPTING ? ", values opened " + pass.opened() : ""));
    }

    /** Events over time of all the mode's passes together, so that a slow pass counts for its length. */
    private static Figures figures(List<Pass> passes) {
        long events = passes.stream().mapToLong(Pass::events).sum();
        double seconds = passes.stream().mapToDouble(Pass::seconds).sum();
        Pass last = passes.get(passes.size() - 1);
        return new Figures(events / seconds, passes.stream().map(Pass::eventsPerSecond).toList(), last.keyReads(),
                last.opened());
    }

    private void print(Result result) {
        Figures off = result.figures().get(Mode.OFF);
        Figures on = result.figures().get(Mode.ON);
        Figures opening = result.figures().get(Mode.ON_DECRYPTING);
        out.printf("""

                Replay of an intake-shaped event store, encryption ON against OFF (%d events per pass)
                  JVM warm-up               %d unmeasured round (%d passes, %d events) before %d measured round(s)
                  replay OFF                %8.0f events/s   per round %s
                  replay ON                 %8.0f events/s   per round %s   data_key per pass: %s
                  replay ON-decrypting      %8.0f events/s   per round %s   data_key per pass: %s
                                                       (keys of %d citizens loaded once each for %d values opened)
                  ON / OFF                  %8.2f   target >= %.1f %s
                  ON-decrypting / OFF       %8.2f   (every value opened, key cache empty at the start of each pass)
                  raw PostgreSQL inserts    %8.0f single-row commits/s (same server, %d connections)
                  replay OFF / raw inserts  %8.2f   replay ON / raw inserts %.2f
                """,
                result.eventsPerStore(), WARM_UP_ROUNDS, WARM_UP_ROUNDS * Mode.values().length,
                WARM_UP_ROUNDS * Mode.values().length * result.eventsPerStore(), options.rounds(),
                off.eventsPerSecond(), rounds(off), on.eventsPerSecond(), rounds(on), reads(on.keyReads()),
                opening.eventsPerSecond(), rounds(opening), reads(opening.keyReads()), options.citizens(),
                opening.valuesOpened(),
                result.ratio(Mode.ON), TARGET_RATIO, result.ratio(Mode.ON) >= TARGET_RATIO ? "MET" : "MISSED",
                result.ratio(Mode.ON_DECRYPTING),
                result.rawInsertsPerSecond(), result.rawConnections(),
                off.eventsPerSecond() / result.rawInsertsPerSecond(), on.eventsPerSecond() / result.rawInsertsPerSecond());
    }

    private static String reads(KeyReads reads) {
        return reads.scans() + " scans, " + reads.rows() + " rows read";
    }

    private static String rounds(Figures figures) {
        return figures.perRound().stream().map(rate -> String.format("%.0f", rate)).toList().toString();
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private void close() {
        if (sealed != null) {
            sealed.close();
        }
        if (plain != null) {
            plain.close();
        }
    }
}
