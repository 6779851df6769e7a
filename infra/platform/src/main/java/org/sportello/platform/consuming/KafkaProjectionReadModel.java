package org.sportello.platform.consuming;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupNotEmptyException;
import org.apache.kafka.common.errors.UnknownMemberIdException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sportello.platform.readmodel.ReadModel;
import org.sportello.platform.readmodel.Rebuild;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A {@link KafkaProjection} as a read model that can be rebuilt: its listener is stopped, its
 * consumer group set back to the first offset of every partition, its tables and its
 * {@code processed_event} rows cleared in one transaction, and its listener started again, which
 * then replays the topic in the background ({@link Rebuild#started}).
 *
 * <p>The offsets go back before the tables are cleared: if the second step fails, the replay
 * finds every event already claimed and changes nothing, whereas cleared tables with offsets left
 * where they were would lose everything before them. Records that were dead letters become dead
 * letters again. Kafka keeps a topic's records only for its retention: a rebuild from Kafka gives
 * the full read model only if the topic keeps them all (see infra/deploy's README).
 */
public class KafkaProjectionReadModel implements ReadModel {

    private static final Logger log = LoggerFactory.getLogger(KafkaProjectionReadModel.class);
    // Table names go into TRUNCATE as they are; only plain lowercase identifiers, so none needs quoting.
    private static final Pattern TABLE = Pattern.compile("[a-z_][a-z0-9_]*");

    private final KafkaProjection<?> projection;
    private final ProjectionContainers containers;
    private final ProcessedEvents processed;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final KafkaAdmin kafkaAdmin;
    private final ConsumingProperties settings;

    public KafkaProjectionReadModel(KafkaProjection<?> projection, ProjectionContainers containers,
                                    ProcessedEvents processed, JdbcTemplate jdbc, TransactionTemplate transactions,
                                    KafkaAdmin kafkaAdmin, ConsumingProperties settings) {
        for (String table : projection.tables()) {
            if (!TABLE.matcher(table).matches()) {
                throw new IllegalStateException("Projection " + projection.name() + " names table '" + table
                        + "'; tables are plain lowercase identifiers");
            }
        }
        this.projection = projection;
        this.containers = containers;
        this.processed = processed;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.kafkaAdmin = kafkaAdmin;
        this.settings = settings;
    }

    @Override
    public String name() {
        return projection.name();
    }

    /** One rebuild at a time: a second would clear the tables under the first one's replay. */
    @Override
    public synchronized Rebuild rebuild() {
        var container = containers.container(projection.name());
        container.stop();
        try {
            rewindGroup();
            transactions.executeWithoutResult(status -> {
                if (!projection.tables().isEmpty()) {
                    jdbc.execute("TRUNCATE " + String.join(", ", projection.tables()));
                }
                processed.forget(projection.name());
            });
            log.info("Read model {} cleared; its consumer group {} replays {} from the start", projection.name(),
                    projection.groupId(), projection.topic());
        } finally {
            container.start();
        }
        return Rebuild.started(projection.name());
    }

    private void rewindGroup() {
        try (Admin admin = Admin.create(kafkaAdmin.getConfigurationProperties())) {
            List<TopicPartition> partitions = admin.describeTopics(List.of(projection.topic())).allTopicNames()
                    .get(30, TimeUnit.SECONDS).get(projection.topic()).partitions().stream()
                    .map(partition -> new TopicPartition(projection.topic(), partition.partition()))
                    .toList();
            Map<TopicPartition, OffsetAndMetadata> first = admin.listOffsets(partitions.stream()
                            .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.earliest())))
                    .all().get(30, TimeUnit.SECONDS).entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> new OffsetAndMetadata(entry.getValue().offset())));
            alterWhenEmpty(admin, first);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rewinding " + projection.groupId(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not rewind consumer group " + projection.groupId(), e);
        }
    }

    /**
     * The stopped consumer has left the group, but the coordinator may take a moment to see the
     * group empty; another instance's consumer never leaves, and then the rebuild is refused.
     */
    private void alterWhenEmpty(Admin admin, Map<TopicPartition, OffsetAndMetadata> offsets)
            throws InterruptedException, ExecutionException, TimeoutException {
        Instant deadline = Instant.now().plus(settings.rebuildGroupPatience());
        while (true) {
            try {
                admin.alterConsumerGroupOffsets(projection.groupId(), offsets).all().get(30, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException e) {
                boolean stillConsumed = e.getCause() instanceof GroupNotEmptyException
                        || e.getCause() instanceof UnknownMemberIdException;
                if (!stillConsumed) {
                    throw e;
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new ProjectionStillConsumed(projection.name(), projection.groupId(), e.getCause());
                }
                Thread.sleep(500);
            }
        }
    }
}
