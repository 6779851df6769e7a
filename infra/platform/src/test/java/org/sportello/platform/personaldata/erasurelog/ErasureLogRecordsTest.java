package org.sportello.platform.personaldata.erasurelog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sportello.platform.personaldata.ErasureGround;
import org.sportello.platform.personaldata.SubjectId;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ErasureLogRecordsTest {

    private static final SubjectId SUBJECT = SubjectId.of(UUID.fromString("6b0f3c5e-2a47-4f7e-9d1c-3a5b7c9d1e2f"));
    private static final LoggedErasure ERASURE = new LoggedErasure(SUBJECT, ErasureGround.OBJECTION,
            "Prot. 2025/00417", "admin-7", Instant.parse("2025-06-03T10:15:00Z"));

    @Test
    void entryIsKeyedByTheSubjectAndHoldsWhatTheErasureSays() {
        JsonNode value = JsonMapper.builder().build().readTree(ErasureLogRecords.value(ERASURE));

        assertThat(ErasureLogRecords.key(SUBJECT)).isEqualTo("6b0f3c5e-2a47-4f7e-9d1c-3a5b7c9d1e2f");
        assertThat(value.path("subject").asString()).isEqualTo(SUBJECT.toString());
        assertThat(value.path("ground").asString()).isEqualTo("OBJECTION");
        assertThat(value.path("reference").asString()).isEqualTo("Prot. 2025/00417");
        assertThat(value.path("erasedBy").asString()).isEqualTo("admin-7");
        assertThat(value.path("erasedAt").asString()).isEqualTo("2025-06-03T10:15:00Z");
    }

    @Test
    void entryReadsBackAsItWasWritten() {
        assertThat(ErasureLogRecords.read(SUBJECT.toString(), ErasureLogRecords.value(ERASURE))).isEqualTo(ERASURE);
    }

    @Test
    void groundRetiredSinceReadsAsUnrecognisedAndTheEntryStillCounts() {
        String retired = "{\"subject\":\"" + SUBJECT + "\",\"ground\":\"RETIRED_GROUND\",\"reference\":\"r\","
                + "\"erasedBy\":\"admin-7\",\"erasedAt\":\"2025-06-03T10:15:00Z\",\"addedLater\":1}";

        LoggedErasure read = ErasureLogRecords.read(SUBJECT.toString(), retired.getBytes(StandardCharsets.UTF_8));

        assertThat(read).isNotNull();
        assertThat(read.ground()).isEqualTo(ErasureGround.UNRECOGNISED);
    }

    @Test
    void valueOfAnotherSubjectThanItsKeyIsNoEntry() {
        String other = UUID.randomUUID().toString();

        assertThat(ErasureLogRecords.read(other, ErasureLogRecords.value(ERASURE))).isNull();
    }

    @Test
    void valueThatIsNoErasureIsNoEntry() {
        assertThat(ErasureLogRecords.read(SUBJECT.toString(), "not json".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(ErasureLogRecords.read(SUBJECT.toString(), "{}".getBytes(StandardCharsets.UTF_8))).isNull();
    }
}
