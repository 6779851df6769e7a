package org.sportello.reporting.consuming;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sportello.contracts.CloudEventHeaders;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;

/**
 * Picks the events of one contract type out of a poll batch and reads them.
 *
 * <p>Records of other types are passed over: a projection consumes the whole topic but cares for
 * few types. A record of the wanted type that cannot be read (no {@code ce_id}, no value, JSON that
 * does not fit the contract, a required property missing) is logged with its {@code ce_id},
 * partition and offset, counted in {@value #SKIPPED_METER}, and skipped.
 *
 * <p>Why skip rather than a dead-letter topic: the projection commits one database transaction per
 * batch, and Spring Kafka's dead-letter recovery for batch listeners works by failing the batch at
 * the bad record and redelivering the rest, which would split and replay that transaction. Nothing
 * is lost by skipping: the record stays on the topic (the log line says where), the event stays in
 * the publishing service's event store, and once the cause is fixed a replay in a new consumer
 * group rebuilds the projection. Failures that a retry can cure (the database is down) are not
 * caught here and stop the batch instead (see {@link ProjectionConsumers}).
 */
@Component
public class ContractRecords {

    static final String SKIPPED_METER = "sportello.reporting.records.skipped";
    private static final Logger log = LoggerFactory.getLogger(ContractRecords.class);

    private final MeterRegistry meters;

    public ContractRecords(MeterRegistry meters) {
        this.meters = meters;
    }

    /**
     * The events of {@code type} in {@code records}, in order, each read by {@code reader}, which
     * may throw {@link UnusableEvent} (or Jackson's exceptions) for a value it cannot use.
     */
    public <T> List<Delivered<T>> read(String projection, List<ConsumerRecord<String, byte[]>> records, String type,
                                       Function<byte[], T> reader) {
        List<Delivered<T>> delivered = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> record : records) {
            if (!type.equals(header(record, CloudEventHeaders.TYPE))) {
                continue;
            }
            String eventId = header(record, CloudEventHeaders.ID);
            if (eventId == null || eventId.isBlank()) {
                skip(projection, record, eventId, "it has no " + CloudEventHeaders.ID + " header to deduplicate by");
            } else if (record.value() == null) {
                skip(projection, record, eventId, "it has no value");
            } else {
                try {
                    delivered.add(new Delivered<>(eventId, reader.apply(record.value())));
                } catch (JacksonException | UnusableEvent e) {
                    skip(projection, record, eventId, e.getMessage());
                }
            }
        }
        return delivered;
    }

    private void skip(String projection, ConsumerRecord<String, byte[]> record, String eventId, String reason) {
        log.error("Projection {} skipped the record at {}-{} offset {} (ce_id {}, ce_type {}): {}", projection,
                record.topic(), record.partition(), record.offset(), eventId,
                header(record, CloudEventHeaders.TYPE), reason);
        Counter.builder(SKIPPED_METER)
                .description("Records a projection could not read and skipped; each is logged with its offset")
                .tag("projection", projection)
                .register(meters)
                .increment();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
