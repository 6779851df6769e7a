package org.sportello.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class JobDataTest {

    private final JobDataSerializer serializer = new JobDataSerializer();

    @Test
    void storedAsJsonAndReadBack() {
        JobData data = JobData.NONE.succeeded(JobReport.of("erased 3 citizens")).failed(new IllegalStateException("x"));

        byte[] stored = serializer.serialize(data);

        assertThat(new String(stored, StandardCharsets.UTF_8))
                .isEqualTo("{\"lastSummary\":\"erased 3 citizens\",\"lastFailure\":\"java.lang.IllegalStateException\"}");
        assertThat(serializer.deserialize(JobData.class, stored)).isEqualTo(data);
    }

    @Test
    void fieldsWrittenByALaterVersionAreSkipped() {
        byte[] stored = "{\"lastSummary\":\"done\",\"lastFailure\":null,\"lastDuration\":\"PT1S\"}"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(serializer.deserialize(JobData.class, stored)).isEqualTo(new JobData("done", null));
    }

    @Test
    void failureKeepsTheTypesOfItsCausesNeverTheirMessages() {
        RuntimeException failure = new RuntimeException("key (fiscal_code)=(RSSMRA80A01H501U)",
                new SQLException("RSSMRA80A01H501U"));

        assertThat(JobData.NONE.failed(failure).lastFailure())
                .isEqualTo("java.lang.RuntimeException < java.sql.SQLException");
    }

    @Test
    void reportIsCutAndFreeOfControlCharacters() {
        JobReport report = JobReport.of("erased\n3\tcitizens" + "!".repeat(600));

        assertThat(report.summary()).hasSize(JobReport.SUMMARY_LENGTH).startsWith("erased 3 citizens!");
        assertThat(JobReport.of(" ").summary()).isNotBlank();
    }
}
