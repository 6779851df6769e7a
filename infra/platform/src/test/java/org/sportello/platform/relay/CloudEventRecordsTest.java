package org.sportello.platform.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.platform.relay.RelayTestEvents.SOURCE;
import static org.sportello.platform.relay.RelayTestEvents.TOPIC;
import static org.sportello.platform.relay.RelayTestEvents.stored;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.sportello.contracts.CloudEventHeaders;
import org.sportello.platform.json.ContractJson;
import org.sportello.platform.relay.RelayTestEvents.NoteTakenV1;

class CloudEventRecordsTest {

    private final CloudEventRecords records = new CloudEventRecords(TOPIC, SOURCE);

    @Test
    void recordIsACloudEventInBinaryModeWithExactlyTheHeadersConsumersRead() {
        NoteTakenV1 contract = new NoteTakenV1("case-1", "op-0173");

        ProducerRecord<String, byte[]> record = records.record(contract, stored("event-1", "case-1", "secret"));

        assertThat(headers(record)).containsExactlyInAnyOrderEntriesOf(Map.of(
                CloudEventHeaders.SPEC_VERSION, "1.0",
                CloudEventHeaders.ID, "event-1",
                CloudEventHeaders.TYPE, NoteTakenV1.TYPE,
                CloudEventHeaders.SOURCE, SOURCE,
                CloudEventHeaders.TIME, "2026-03-14T09:26:53.589793Z",
                CloudEventHeaders.SUBJECT, "case-1",
                CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON));
    }

    @Test
    void valueIsTheContractsJsonAloneAndTheKeyIsTheAggregate() {
        NoteTakenV1 contract = new NoteTakenV1("case-1", "op-0173");

        ProducerRecord<String, byte[]> record = records.record(contract, stored("event-1", "case-1", "secret"));

        assertThat(record.topic()).isEqualTo(TOPIC);
        assertThat(record.key()).isEqualTo("case-1");
        assertThat(record.value()).isEqualTo(ContractJson.write(contract));
        assertThat(record.partition()).isNull();
    }

    /** Header names and their UTF-8 values; fails on a header written twice. */
    private static Map<String, String> headers(ProducerRecord<String, byte[]> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers().toArray()) {
            String previous = headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
            assertThat(previous).as("header %s written twice in %s", header.key(),
                    Arrays.toString(record.headers().toArray())).isNull();
        }
        return headers;
    }
}
