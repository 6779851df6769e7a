package org.sportello.platform.personaldata.erasurelog;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log's topic, made sure of before the first erasure is sent to it: compacted, so that it keeps
 * the last record of every subject, and never deleted by age. A topic made by anything else (a
 * broker's automatic creation on first send, an operator) would keep a week of records by default,
 * and the erasures older than that would silently not survive a restore: so a topic that exists
 * with other settings is given these.
 *
 * <p>One partition: erasures are few, and one ordered log is the simplest to read in full.
 */
final class ErasureLogTopic {

    static final Map<String, String> REQUIRED = Map.of(
            TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
            TopicConfig.RETENTION_MS_CONFIG, "-1");
    private static final Logger log = LoggerFactory.getLogger(ErasureLogTopic.class);

    private final String name;
    private final Map<String, Object> adminConfig;
    private final Duration timeout;
    private volatile boolean ensured;

    ErasureLogTopic(String name, Map<String, Object> adminConfig, Duration timeout) {
        this.name = name;
        this.adminConfig = adminConfig;
        this.timeout = timeout;
    }

    String name() {
        return name;
    }

    /** Creates the topic, or corrects its settings; throws {@link ErasureLogFailed} when Kafka does not answer. */
    void ensure() {
        if (ensured) {
            return;
        }
        try (Admin admin = Admin.create(adminConfig)) {
            create(admin);
            correct(admin);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ErasureLogFailed("interrupted while making sure of the erasure log's topic " + name, e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            throw new ErasureLogFailed("cannot make sure of the erasure log's topic " + name, e);
        }
        ensured = true;
    }

    private void create(Admin admin) throws InterruptedException, ExecutionException, TimeoutException {
        NewTopic topic = new NewTopic(name, Optional.of(1), Optional.empty()).configs(REQUIRED);
        try {
            admin.createTopics(List.of(topic)).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            log.info("Created the erasure log's topic {} ({})", name, REQUIRED);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    private void correct(Admin admin) throws InterruptedException, ExecutionException, TimeoutException {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, name);
        Config config = admin.describeConfigs(List.of(resource)).all()
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS).get(resource);
        Collection<AlterConfigOp> corrections = new ArrayList<>();
        REQUIRED.forEach((setting, value) -> {
            ConfigEntry entry = config.get(setting);
            if (entry == null || !value.equals(entry.value())) {
                corrections.add(new AlterConfigOp(new ConfigEntry(setting, value), AlterConfigOp.OpType.SET));
            }
        });
        if (!corrections.isEmpty()) {
            log.warn("The erasure log's topic {} would not keep every erasure; setting {}", name, corrections);
            admin.incrementalAlterConfigs(Map.of(resource, corrections)).all()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
