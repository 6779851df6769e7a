package org.sportello.platform.personaldata.erasurelog;

import java.time.Instant;
import java.util.UUID;

import org.sportello.platform.eventstore.StoredEventsAutoConfiguration;
import org.sportello.platform.personaldata.Erasure;
import org.sportello.platform.personaldata.ErasureGround;
import org.sportello.platform.personaldata.SubjectId;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The erasure log's records: the subject's id as the key (so compaction keeps one record per
 * subject), and as the value {@code {"subject", "ground", "reference", "erasedBy", "erasedAt"}}.
 * Read as leniently as stored events are (a ground retired later reads as {@code UNRECOGNISED}):
 * an entry of the log must stay readable for as long as the backups it protects against.
 */
final class ErasureLogRecords {

    private record Value(UUID subject, ErasureGround ground, String reference, String erasedBy, Instant erasedAt) {
    }

    private static final JsonMapper JSON = lenient();

    private ErasureLogRecords() {
    }

    static String key(SubjectId subject) {
        return subject.toString();
    }

    static byte[] value(Erasure erasure) {
        return JSON.writeValueAsBytes(new Value(erasure.subject().value(), erasure.ground(), erasure.reference(),
                erasure.erasedBy(), erasure.erasedAt()));
    }

    /** The entry, or null when it is not one: a key that is no subject id, or a value that is no erasure of it. */
    static LoggedErasure read(String key, byte[] value) {
        try {
            Value read = JSON.readValue(value, Value.class);
            if (read == null || read.subject() == null || !read.subject().toString().equals(key)) {
                return null;
            }
            return new LoggedErasure(SubjectId.of(read.subject()), read.ground(), read.reference(), read.erasedBy(),
                    read.erasedAt());
        } catch (JacksonException | IllegalArgumentException unreadable) {
            return null;
        }
    }

    private static JsonMapper lenient() {
        JsonMapper.Builder builder = JsonMapper.builder();
        StoredEventsAutoConfiguration.readStoredEventsForEver(builder);
        return builder.build();
    }
}
