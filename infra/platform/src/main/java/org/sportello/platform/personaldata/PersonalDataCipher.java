package org.sportello.platform.personaldata;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import com.google.crypto.tink.Aead;

import org.sportello.platform.eventstore.StoredEventsAutoConfiguration;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seals and opens personal data: AES-256-GCM under the subject's data key, with the subject's id
 * as associated data, so that a ciphertext copied onto another person's record does not open.
 * The same ciphertext serves the event store and the read tables, so a projection stores what the
 * event holds without opening it.
 */
public class PersonalDataCipher {

    /** The first byte of every ciphertext, so that a later format can be told apart. */
    private static final byte FORMAT = 1;

    private final DataKeys keys;
    /** Writes and reads the values themselves; lenient as the event store is (STYLE.md 11). */
    private final JsonMapper values;

    PersonalDataCipher(DataKeys keys, JsonMapper values) {
        this.keys = keys;
        this.values = values;
    }

    /**
     * A cipher for a tool that runs without Spring, such as the benchmark; a service gets its own
     * from {@link PersonalDataAutoConfiguration} and never calls this. Keys live in
     * {@code dataSource}'s {@code data_key} table ({@code classpath:db/personal-data}), wrapped by
     * {@code masterKeyBase64} as {@code SPORTELLO_MASTER_KEY} gives it, with the settings' defaults
     * for the rest. Each call has a key cache of its own, empty at first, as a service has after a
     * start: a replay through it costs the key loads a replay after a restart costs.
     */
    public static PersonalDataCipher standalone(DataSource dataSource, String masterKeyBase64) {
        // Bound as Spring binds the settings, so the defaults are the ones declared on the record, not copies.
        PersonalDataProperties properties = new Binder(new MapConfigurationPropertySource(
                Map.of("sportello.personal-data.master-key", masterKeyBase64 == null ? "" : masterKeyBase64)))
                .bindOrCreate("sportello.personal-data", PersonalDataProperties.class);
        DataKeys keys = new DataKeys(JdbcClient.create(dataSource),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)), MasterKeys.from(properties),
                Clock.systemUTC(), properties);
        keys.checkMasterKeys();
        JsonMapper.Builder values = JsonMapper.builder();
        StoredEventsAutoConfiguration.readStoredEventsForEver(values);
        return new PersonalDataCipher(keys, values.build());
    }

    /** The ciphertext of the value; a value read sealed, or sealed before, is not sealed again. */
    public byte[] seal(Personal<?> personal) {
        byte[] sealed = personal.sealedOrNull();
        if (sealed == null) {
            sealed = seal(personal.subject(), values.writeValueAsBytes(personal.value()));
            personal.sealedAs(sealed);
        }
        return sealed;
    }

    /** Ciphertext that {@link #seal(Personal)} made, opened when its value is first asked for. */
    public <T> Personal<T> open(SubjectId subject, byte[] ciphertext, Class<T> type) {
        return open(subject, ciphertext, values.constructType(type));
    }

    <T> Personal<T> open(SubjectId subject, byte[] ciphertext, JavaType type) {
        return Personal.sealed(subject, ciphertext,
                () -> openBytes(subject, ciphertext).map(plain -> values.readValue(plain, type)));
    }

    /**
     * Whether the subject's data was erased, for a read that shows it as such even where it holds
     * none of it (a contact without notes). False for a subject that never had data sealed.
     */
    public boolean isErased(SubjectId subject) {
        return keys.isKnownShredded(subject);
    }

    private byte[] seal(SubjectId subject, byte[] plaintext) {
        Aead key = keys.forSealing(subject);
        try {
            byte[] encrypted = key.encrypt(plaintext, associatedData(subject));
            byte[] sealed = new byte[encrypted.length + 1];
            sealed[0] = FORMAT;
            System.arraycopy(encrypted, 0, sealed, 1, encrypted.length);
            return sealed;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal personal data", e);
        }
    }

    private Optional<byte[]> openBytes(SubjectId subject, byte[] sealed) {
        Optional<Aead> key = keys.forOpening(subject);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        if (sealed.length == 0 || sealed[0] != FORMAT) {
            throw new UnreadablePersonalData(subject, "its format is unknown");
        }
        try {
            return Optional.of(key.get().decrypt(Arrays.copyOfRange(sealed, 1, sealed.length), associatedData(subject)));
        } catch (GeneralSecurityException e) {
            throw new UnreadablePersonalData(subject, "it was altered, or sealed for another subject");
        }
    }

    private static byte[] associatedData(SubjectId subject) {
        return ByteBuffer.allocate(16)
                .putLong(subject.value().getMostSignificantBits())
                .putLong(subject.value().getLeastSignificantBits())
                .array();
    }
}
