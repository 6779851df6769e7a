package org.sportello.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.function.Supplier;

/** Secrets generated once and kept in the data directory, readable by their owner only. */
public final class SecretFiles {

    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretFiles() {
    }

    /** The secret in {@code file}, or a new random one of {@code length} letters and digits written there. */
    public static String readOrCreate(Path file, int length) throws IOException {
        String secret = readOrCreate(file, () -> {
            StringBuilder random = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                random.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            return random.toString();
        });
        if (secret.isEmpty()) {
            throw new LauncherFailure(file + " is empty: delete it to have a new secret generated, or start over with --reset");
        }
        return secret;
    }

    /**
     * What {@code file} holds (stripped, possibly empty: the caller knows what a valid secret looks
     * like), or the secret {@code newSecret} gives, written there first.
     */
    public static String readOrCreate(Path file, Supplier<String> newSecret) throws IOException {
        if (!Files.exists(file)) {
            String secret = newSecret.get();
            Files.createDirectories(file.getParent());
            try {
                // Created with 0600 from the start: never readable by others, not even for a moment.
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(file, secret + "\n", StandardCharsets.UTF_8);
            } catch (FileAlreadyExistsException e) {
                // another start won the race: use its secret
            }
        }
        return Files.readString(file, StandardCharsets.UTF_8).strip();
    }
}
