package org.sportello.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key that the services holding personal data encrypt it with at rest, given to them as
 * {@value #VARIABLE}: base64 of {@value #BYTES} random bytes, as {@code openssl rand -base64 32}
 * prints. The data directory keeps it beside the databases it unlocks, because personal data
 * written under one key cannot be read under another: the key must last as long as the data.
 */
final class MasterKey {

    static final String VARIABLE = "SPORTELLO_MASTER_KEY";
    static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private MasterKey() {
    }

    /**
     * The key kept in {@code file}; on first use, {@code given} (the user's {@value #VARIABLE}, or
     * null) or else a new random key, written there. A given key that differs from the kept one is
     * refused: the services would start, and then fail to read every citizen already recorded.
     * Messages never contain a key.
     */
    static String keep(Path file, String given) throws IOException {
        String fromUser = given == null || given.isBlank() ? null : given.strip();
        if (fromUser != null && !isWellFormed(fromUser)) {
            throw new LauncherFailure(VARIABLE + " is not the base64 of " + BYTES + " bytes (as openssl rand -base64 32 "
                    + "prints): unset it (the launcher then keeps one in " + file + ") or export a key of that form");
        }
        String kept = SecretFiles.readOrCreate(file, () -> fromUser != null ? fromUser : generate());
        if (!isWellFormed(kept)) {
            throw new LauncherFailure(file + " does not hold the base64 of " + BYTES + " bytes: put back the key the data "
                    + "was written with, or start over with --reset");
        }
        if (fromUser != null && !sameKey(fromUser, kept)) {
            throw new LauncherFailure(VARIABLE + " differs from the key in " + file + ", which the personal data in this "
                    + "data directory's databases is encrypted with: unset " + VARIABLE + ", or start over with --reset");
        }
        return kept;
    }

    static String generate() {
        byte[] key = new byte[BYTES];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    static boolean isWellFormed(String key) {
        try {
            return Base64.getDecoder().decode(key).length == BYTES;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** As bytes: the same key may be written with or without its base64 padding. */
    private static boolean sameKey(String a, String b) {
        return MessageDigest.isEqual(Base64.getDecoder().decode(a), Base64.getDecoder().decode(b));
    }
}
