package org.sportello.platform.personaldata;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.crypto.tink.Aead;
import com.google.crypto.tink.subtle.AesGcmJce;
import com.google.crypto.tink.subtle.Random;
import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One data key per subject, in the service's own database ({@code data_key}), wrapped by the
 * master key. Shredding a key sets it to null and keeps the row as a tombstone: the subject's
 * ciphertexts, wherever they are (events, read tables, dead letters, backups of either), can no
 * longer be opened, and the tombstone tells "erased" apart from "lost".
 *
 * <p>Keys and tombstones are cached, so a replay costs one key load per subject, not one per
 * event. A key created or shredded in a transaction reaches the cache only once it commits: a
 * rolled-back registration must leave no key behind that the database does not have. Other
 * instances learn of a shredding when their cached key expires ({@link PersonalDataProperties#keyCacheTtl()}).
 */
public class DataKeys {

    /** Sealing AES-256-GCM data keys; the master key wraps them with the subject as associated data. */
    private static final int KEY_BYTES = 32;
    private static final int BATCH = 1000;
    /**
     * Keys loaded with the one asked for: those created just after it. A replay meets subjects in
     * about the order their keys were made (a citizen's key with their registration), so one query
     * serves the next few hundred subjects it will need.
     */
    private static final int READ_AHEAD = 256;
    private static final String PENDING = DataKeys.class.getName() + ".pending";
    /** How a master key is named (MasterKey.id): 8 bytes of an HMAC, in hex. */
    private static final String MASTER_KEY_ID = "^[0-9a-f]{16}$";

    /** What the cache holds for a subject: a key to use, or the fact that it was shredded. */
    private sealed interface SubjectKey permits Live, Shredded {
    }

    private record Live(Aead aead) implements SubjectKey {
    }

    private enum Shredded implements SubjectKey { SHREDDED }

    /** What a rotation did. */
    public record Rewrapped(@Schema(minimum = "0", maximum = "2147483647") int dataKeys,
                            @Schema(minimum = "0", maximum = "2147483647") int serviceKeys,
                            @Schema(minLength = 16, maxLength = 16, pattern = MASTER_KEY_ID) String masterKeyId) {
    }

    /** Where the keys stand: how many live, how many shredded, how many a rotation has still to re-wrap. */
    public record KeyCounts(@Schema(minLength = 16, maxLength = 16, pattern = MASTER_KEY_ID) String masterKeyId,
                            @Schema(minimum = "0", maximum = "9223372036854775807") long live,
                            @Schema(minimum = "0", maximum = "9223372036854775807") long shredded,
                            @Schema(minimum = "0", maximum = "9223372036854775807") long wrappedByOtherKeys) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final MasterKeys masters;
    private final Clock clock;
    private final Cache<SubjectId, SubjectKey> cache;

    DataKeys(JdbcClient jdbc, TransactionTemplate transactions, MasterKeys masters, Clock clock,
             PersonalDataProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.masters = masters;
        this.clock = clock;
        this.cache = Caffeine.newBuilder()
                .maximumSize(properties.keyCacheSize())
                .expireAfterWrite(properties.keyCacheTtl())
                .build();
    }

    /** The key to seal the subject's data with, created (in the current transaction) if it has none. */
    Aead forSealing(SubjectId subject) {
        SubjectKey known = known(subject);
        if (known instanceof Live live) {
            return live.aead();
        }
        if (known == Shredded.SHREDDED) {
            throw new PersonalDataErased(subject);
        }
        return create(subject);
    }

    /** The key to open the subject's data with; empty once it was shredded. */
    Optional<Aead> forOpening(SubjectId subject) {
        SubjectKey known = known(subject);
        if (known == null) {
            throw new MissingDataKey(subject);
        }
        return known instanceof Live live ? Optional.of(live.aead()) : Optional.empty();
    }

    /** Whether the subject's key was shredded, as this instance knows it (cached); false for a subject with no key. */
    boolean isKnownShredded(SubjectId subject) {
        return known(subject) == Shredded.SHREDDED;
    }

    /**
     * Shreds the subject's key in the current transaction: from its commit, everything sealed for
     * the subject reads as erased. Returns false when it was shredded before.
     */
    public boolean shred(SubjectId subject) {
        Instant now = clock.instant();
        int shredded = jdbc.sql("UPDATE data_key SET wrapped_key = NULL, master_key_id = NULL, shredded_at = ? "
                        + "WHERE subject_id = ? AND wrapped_key IS NOT NULL")
                .params(Timestamp.from(now), subject.value())
                .update();
        if (shredded == 0) {
            // A subject that never had data sealed still gets its tombstone: nothing can be sealed for it later.
            shredded = jdbc.sql("INSERT INTO data_key (subject_id, created_at, shredded_at) VALUES (?, ?, ?) "
                            + "ON CONFLICT (subject_id) DO NOTHING")
                    .params(subject.value(), Timestamp.from(now), Timestamp.from(now))
                    .update();
        }
        remember(subject, Shredded.SHREDDED);
        return shredded == 1;
    }

    /** Whether the subject's key was shredded, as the database says now (not the cache). */
    public boolean isShredded(SubjectId subject) {
        return jdbc.sql("SELECT wrapped_key IS NULL FROM data_key WHERE subject_id = ?")
                .param(subject.value())
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /**
     * Re-wraps every key that the previous master key wraps under the current one, a batch per
     * transaction (so a rotation of millions of keys neither holds one long transaction nor loses
     * its progress), and the service keys with them. The data and the events stay as they are.
     */
    public Rewrapped rewrap() {
        String current = masters.current().id();
        int dataKeys = 0;
        int batch;
        do {
            batch = transactions.execute(status -> rewrapBatch("data_key", "subject_id", current));
            dataKeys += batch;
        } while (batch > 0);
        int serviceKeys = transactions.execute(status -> rewrapBatch("service_key", "purpose", current));
        return new Rewrapped(dataKeys, serviceKeys, current);
    }

    private int rewrapBatch(String table, String idColumn, String current) {
        record Wrapped(Object id, byte[] key, String masterKeyId) {
        }
        List<Wrapped> rows = jdbc.sql("SELECT " + idColumn + " AS id, wrapped_key, master_key_id FROM " + table
                        + " WHERE wrapped_key IS NOT NULL AND master_key_id <> ? ORDER BY " + idColumn
                        + " LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED")
                .param(current)
                .query((rs, n) -> new Wrapped(rs.getObject("id"), rs.getBytes("wrapped_key"), rs.getString("master_key_id")))
                .list();
        for (Wrapped row : rows) {
            byte[] associated = associatedData(table, row.id());
            byte[] raw = unwrap(masters.byId(row.masterKeyId()), row.key(), associated, row.id());
            jdbc.sql("UPDATE " + table + " SET wrapped_key = ?, master_key_id = ? WHERE " + idColumn + " = ?")
                    .params(masters.current().wrap(raw, associated), current, row.id())
                    .update();
        }
        return rows.size();
    }

    public KeyCounts counts() {
        String current = masters.current().id();
        return jdbc.sql("SELECT count(*) FILTER (WHERE wrapped_key IS NOT NULL), count(*) FILTER (WHERE wrapped_key IS NULL), "
                        + "count(*) FILTER (WHERE master_key_id <> ?) + (SELECT count(*) FROM service_key WHERE master_key_id <> ?) "
                        + "FROM data_key")
                .params(current, current)
                .query((rs, n) -> new KeyCounts(current, rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .single();
    }

    /** Refuses to go on when keys in the database are wrapped by a master key this service was not given. */
    void checkMasterKeys() {
        List<String> ids = jdbc.sql("SELECT DISTINCT master_key_id FROM data_key WHERE master_key_id IS NOT NULL "
                        + "UNION SELECT DISTINCT master_key_id FROM service_key")
                .query(String.class)
                .list();
        ids.forEach(masters::byId);
    }

    /** The master key that wraps a service key, and the raw key it wraps. */
    byte[] serviceKey(String purpose) {
        byte[] associated = associatedData("service_key", purpose);
        Optional<byte[]> found = findServiceKey(purpose, associated);
        if (found.isPresent()) {
            return found.get();
        }
        byte[] raw = Random.randBytes(KEY_BYTES);
        // Two instances starting together both get here; the first insert wins and both use its key.
        jdbc.sql("INSERT INTO service_key (purpose, wrapped_key, master_key_id, created_at) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT (purpose) DO NOTHING")
                .params(purpose, masters.current().wrap(raw, associated), masters.current().id(),
                        Timestamp.from(clock.instant()))
                .update();
        return findServiceKey(purpose, associated).orElseThrow();
    }

    private Optional<byte[]> findServiceKey(String purpose, byte[] associated) {
        record Wrapped(byte[] key, String masterKeyId) {
        }
        return jdbc.sql("SELECT wrapped_key, master_key_id FROM service_key WHERE purpose = ?")
                .param(purpose)
                .query((rs, n) -> new Wrapped(rs.getBytes("wrapped_key"), rs.getString("master_key_id")))
                .optional()
                .map(row -> unwrap(masters.byId(row.masterKeyId()), row.key(), associated, purpose));
    }

    private SubjectKey known(SubjectId subject) {
        Map<SubjectId, SubjectKey> pending = pending();
        if (pending != null && pending.containsKey(subject)) {
            return pending.get(subject);
        }
        SubjectKey cached = cache.getIfPresent(subject);
        if (cached != null) {
            return cached;
        }
        // Outside the cache's own loading, which must not write other entries while it computes one.
        // Never over an entry put meanwhile: it may be the tombstone of an erasure that committed
        // after this query read the key.
        Map<SubjectId, SubjectKey> loaded = loadFrom(subject);
        loaded.forEach(cache.asMap()::putIfAbsent);
        SubjectKey now = cache.getIfPresent(subject);
        return now != null ? now : loaded.get(subject);
    }

    /** The subject's key (if it has one) and the {@link #READ_AHEAD} created after it, in one query. */
    private Map<SubjectId, SubjectKey> loadFrom(SubjectId subject) {
        Map<SubjectId, SubjectKey> keys = new HashMap<>();
        jdbc.sql("""
                SELECT subject_id, wrapped_key, master_key_id FROM data_key
                 WHERE (created_at, subject_id) >= (SELECT created_at, subject_id FROM data_key WHERE subject_id = ?)
                 ORDER BY created_at, subject_id LIMIT ?""")
                .params(subject.value(), READ_AHEAD + 1)
                .query(rs -> {
                    keys.put(SubjectId.of(rs.getObject("subject_id", UUID.class)), key(rs));
                });
        return keys;
    }

    private SubjectKey key(java.sql.ResultSet rs) throws java.sql.SQLException {
        UUID id = rs.getObject("subject_id", UUID.class);
        byte[] wrapped = rs.getBytes("wrapped_key");
        return wrapped == null ? Shredded.SHREDDED : new Live(aead(unwrap(masters.byId(rs.getString("master_key_id")),
                wrapped, associatedData("data_key", id), id)));
    }

    private Aead create(SubjectId subject) {
        byte[] raw = Random.randBytes(KEY_BYTES);
        int created = jdbc.sql("INSERT INTO data_key (subject_id, wrapped_key, master_key_id, created_at) "
                        + "VALUES (?, ?, ?, ?) ON CONFLICT (subject_id) DO NOTHING")
                .params(subject.value(), masters.current().wrap(raw, associatedData("data_key", subject.value())),
                        masters.current().id(), Timestamp.from(clock.instant()))
                .update();
        if (created == 0) {
            // Another transaction created it first (and has committed, or the insert would still wait).
            cache.invalidate(subject);
            return forSealing(subject);
        }
        Live live = new Live(aead(raw));
        remember(subject, live);
        return live.aead();
    }

    /** Into the cache now without a transaction, or when the current one commits. */
    private void remember(SubjectId subject, SubjectKey key) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            cache.put(subject, key);
            return;
        }
        Map<SubjectId, SubjectKey> pending = pending();
        if (pending == null) {
            Map<SubjectId, SubjectKey> created = new HashMap<>();
            TransactionSynchronizationManager.bindResource(PENDING, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(PENDING);
                    if (status == STATUS_COMMITTED) {
                        cache.putAll(created);
                    } else {
                        cache.invalidateAll(created.keySet());
                    }
                }
            });
            pending = created;
        }
        pending.put(subject, key);
    }

    @SuppressWarnings("unchecked")
    private static Map<SubjectId, SubjectKey> pending() {
        return (Map<SubjectId, SubjectKey>) TransactionSynchronizationManager.getResource(PENDING);
    }

    private static byte[] unwrap(MasterKey master, byte[] wrapped, byte[] associated, Object id) {
        try {
            return master.unwrap(wrapped, associated);
        } catch (GeneralSecurityException e) {
            throw new InvalidMasterKey("The key of " + id + " does not unwrap with master key " + master.id()
                    + ": it was altered, or moved from another row.");
        }
    }

    /** A wrapped key names its row, so that it cannot be copied onto another subject's. */
    private static byte[] associatedData(String table, Object id) {
        return (table + ":" + id).getBytes(StandardCharsets.UTF_8);
    }

    private static Aead aead(byte[] raw) {
        try {
            return new AesGcmJce(raw);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable in this JVM", e);
        }
    }
}
