package org.sportello.platform.personaldata;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A piece of personal data and whose it is. Events, commands and views hold personal data only
 * in this type: the event store's serializer ({@link PersonalDataModule}) writes it as ciphertext
 * under the subject's data key, and {@link #toString()} never shows it, so it cannot leak into a
 * log line or an exception message.
 *
 * <p>Read back from storage, the value stays sealed until someone asks for it: an aggregate
 * rebuilding its state or a projection copying the ciphertext never decrypt, and never load a
 * key. A relay's translator opens a value only to derive a generalised published fact from it
 * (intake's CitizenRegistered: the year of birth and the sex), and gets nothing once the key is
 * shredded. Once the subject's key is shredded, the value is {@linkplain #isErased() erased}
 * for good.
 *
 * @param <T> a string, or a record of several fields of the same subject
 */
public final class Personal<T> {

    /** What reads show in place of a text that was erased, beside an {@code erased: true} flag. */
    public static final String ERASED_TEXT = "[erased]";

    private final SubjectId subject;
    /** Null until read, and for ever when erased. */
    private volatile T value;
    /** Resolves a sealed value: empty once the key is shredded. Null for a value given in plain. */
    private final Supplier<Optional<T>> opener;
    private volatile boolean resolved;
    /** The ciphertext, once sealed or as read; kept so that the same value is never sealed twice. */
    private volatile byte[] sealed;

    private Personal(SubjectId subject, T value, Supplier<Optional<T>> opener, byte[] sealed) {
        this.subject = Objects.requireNonNull(subject, "personal data belongs to a subject");
        this.value = value;
        this.opener = opener;
        this.resolved = opener == null;
        this.sealed = sealed;
    }

    /** The subject's data, as a request or a command gives it. */
    public static <T> Personal<T> of(SubjectId subject, T value) {
        return new Personal<>(subject, Objects.requireNonNull(value, "a value; null is no personal data at all"),
                null, null);
    }

    /** Null stays null: an optional field that was not given holds no personal data. */
    public static <T> Personal<T> ofNullable(SubjectId subject, T value) {
        return value == null ? null : of(subject, value);
    }

    /** Ciphertext read from storage, opened with {@code opener} on first use. */
    static <T> Personal<T> sealed(SubjectId subject, byte[] ciphertext, Supplier<Optional<T>> opener) {
        return new Personal<>(subject, null, Objects.requireNonNull(opener), ciphertext);
    }

    public SubjectId subject() {
        return subject;
    }

    /**
     * Whether the subject's data was erased. May load the subject's key; throws
     * {@link MissingDataKey} when the key is missing but was never shredded.
     */
    public boolean isErased() {
        return read().isEmpty();
    }

    /** The value; throws {@link PersonalDataErased} when the subject's data was erased. */
    public T value() {
        return read().orElseThrow(() -> new PersonalDataErased(subject));
    }

    /** The value, or {@code whenErased} once the subject's data was erased. */
    public T orElse(T whenErased) {
        return read().orElse(whenErased);
    }

    private Optional<T> read() {
        if (!resolved) {
            // Two threads may both open it; both get the same value, so no lock is needed.
            value = opener.get().orElse(null);
            resolved = true;
        }
        return Optional.ofNullable(value);
    }

    byte[] sealedOrNull() {
        return sealed;
    }

    void sealedAs(byte[] ciphertext) {
        sealed = ciphertext;
    }

    /** Equal when of the same subject and, read, the same value (or both erased). */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Personal<?> that && subject.equals(that.subject)
                && Objects.equals(read(), that.read());
    }

    /** The subject only, so that hashing never decrypts. */
    @Override
    public int hashCode() {
        return subject.hashCode();
    }

    @Override
    public String toString() {
        return "Personal[subject=" + subject + ", withheld]";
    }
}
