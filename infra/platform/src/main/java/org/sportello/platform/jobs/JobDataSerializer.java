package org.sportello.platform.jobs;

import com.github.kagkarlsson.scheduler.exceptions.SerializationException;
import com.github.kagkarlsson.scheduler.serializer.Serializer;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code task_data} as JSON rather than db-scheduler's default Java serialization, which would tie
 * the stored rows to a class name and its serialVersionUID: a field added to {@link JobData}
 * tomorrow must still read the rows written today, and an unknown field is skipped.
 */
final class JobDataSerializer implements Serializer {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Override
    public byte[] serialize(Object data) {
        if (data == null) {
            return null;
        }
        if (!(data instanceof JobData)) {
            throw new SerializationException("Jobs keep only JobData in task_data, not " + data.getClass().getName(),
                    null);
        }
        try {
            return JSON.writeValueAsBytes(data);
        } catch (JacksonException e) {
            throw new SerializationException("Could not write a job's data", e);
        }
    }

    @Override
    public <T> T deserialize(Class<T> type, byte[] serialized) {
        if (serialized == null) {
            return null;
        }
        try {
            return JSON.readValue(serialized, type);
        } catch (JacksonException e) {
            throw new SerializationException("Could not read a job's data as " + type.getSimpleName(), e);
        }
    }
}
