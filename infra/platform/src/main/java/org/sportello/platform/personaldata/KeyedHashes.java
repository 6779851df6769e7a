package org.sportello.platform.personaldata;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keyed hashes (HMAC-SHA256) for finding a record by a piece of personal data without storing it,
 * such as the claim of a fiscal code. Each purpose has its own key, made once and kept in the
 * service's database wrapped by the master key (so it survives a master-key rotation, and the
 * hashes with it).
 */
public class KeyedHashes {

    private final DataKeys keys;
    private final TransactionTemplate ownTransaction;
    private final Map<String, KeyedHash> byPurpose = new ConcurrentHashMap<>();

    KeyedHashes(DataKeys keys, TransactionTemplate ownTransaction) {
        this.keys = keys;
        this.ownTransaction = ownTransaction;
    }

    /**
     * The hash of one purpose, e.g. {@code fiscal-code-claim}. Its key is created in a transaction
     * of its own: made inside a command that then rolled back, it would be gone from the database
     * while this instance kept hashing with it.
     */
    public KeyedHash forPurpose(String purpose) {
        return byPurpose.computeIfAbsent(purpose,
                p -> new KeyedHash(ownTransaction.execute(status -> keys.serviceKey(p))));
    }
}
