package org.sportello.platform.json;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapping of published contract events, shared by producers and consumers so
 * the wire never depends on a service's API settings. Instants are ISO-8601 strings; readers
 * ignore fields they do not know, because a version may gain optional fields.
 */
public final class ContractJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ContractJson() {
    }

    public static byte[] write(Object contractEvent) {
        return MAPPER.writeValueAsBytes(contractEvent);
    }

    public static <T> T read(byte[] json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }
}
