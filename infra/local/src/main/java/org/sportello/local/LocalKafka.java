package org.sportello.local;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;

/**
 * A real single-node Kafka broker (KRaft, broker and controller in one process) running inside this
 * JVM: for tests on machines without Docker and for the local launcher.
 *
 * <p>The data directory is formatted once (what {@code kafka-storage.sh format} does) and kept, so
 * {@link #stop()} followed by {@link #start()} finds the topics and records written before. The broker
 * and controller ports are chosen once per instance and reused on every restart, so clients
 * configured with {@link #bootstrapServers()} reconnect by themselves.
 */
public final class LocalKafka implements AutoCloseable {

    private static final int NODE_ID = 1;
    private static final String HOST = "127.0.0.1";

    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private final Map<String, String> overrides;
    private KafkaRaftServer server;

    private LocalKafka(Path dataDir, int port, int controllerPort, Map<String, String> overrides) {
        this.dataDir = dataDir;
        this.port = port;
        this.controllerPort = controllerPort;
        this.overrides = overrides;
    }

    /**
     * Starts a broker listening on {@code 127.0.0.1:port}, keeping its log in {@code dataDir}.
     *
     * @param port the client port, or 0 for a free one (kept for restarts)
     */
    public static LocalKafka start(Path dataDir, int port) {
        return start(dataDir, port, Map.of());
    }

    /**
     * As {@link #start(Path, int)}, with broker properties that replace the defaults, for example
     * {@code num.partitions}.
     */
    public static LocalKafka start(Path dataDir, int port, Map<String, String> brokerOverrides) {
        Objects.requireNonNull(dataDir, "dataDir");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("Not a TCP port: " + port);
        }
        int clientPort = port == 0 ? freePort() : port;
        int controllerPort = freePort(clientPort);
        LocalKafka kafka = new LocalKafka(dataDir.toAbsolutePath(), clientPort, controllerPort,
                Map.copyOf(brokerOverrides));
        kafka.start();
        return kafka;
    }

    /** Starts the broker again after {@link #stop()}, on the same ports and data. No-op when running. */
    public synchronized void start() {
        if (server != null) {
            return;
        }
        Map<String, String> properties = brokerProperties();
        formatIfNeeded(properties.getOrDefault("metadata.log.dir", dataDir.toString()));
        KafkaConfig config = new KafkaConfig(properties, false);
        KafkaRaftServer starting = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            // Returns once the broker is registered and unfenced, i.e. ready for clients.
            starting.startup();
        } catch (RuntimeException e) {
            try {
                shutDown(starting);
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw new LocalKafkaException("Kafka did not start on " + bootstrapServers() + " with data in "
                    + dataDir, e);
        }
        server = starting;
    }

    /** Shuts the broker down cleanly and waits until it has; the data directory stays. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        KafkaRaftServer stopping = server;
        server = null;
        shutDown(stopping);
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** {@code 127.0.0.1:<port>}, the same before and after a restart. */
    public String bootstrapServers() {
        return HOST + ":" + port;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        stop();
    }

    private static void shutDown(KafkaRaftServer kafka) {
        kafka.shutdown();
        kafka.awaitShutdown();
    }

    private Map<String, String> brokerProperties() {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(NODE_ID));
        // A static quorum of this node alone: no KIP-853 bootstrapping, and the single voter elects
        // itself at once.
        props.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
        props.put("listeners", "PLAINTEXT://" + HOST + ":" + port + ",CONTROLLER://" + HOST + ":" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + port);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", dataDir.toString());
        props.put("num.partitions", "1");
        props.put("auto.create.topics.enable", "true");
        props.put("group.initial.rebalance.delay.ms", "0");
        // One broker: every internal topic has one replica. One partition each, too, because creating
        // the default 50 costs a second on the first consumer group or transaction.
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("share.coordinator.state.topic.num.partitions", "1");
        // Defaults sized for a server; tests may run several brokers in one small JVM.
        props.put("log.cleaner.dedupe.buffer.size", String.valueOf(2 * 1024 * 1024));
        props.put("num.network.threads", "2");
        props.put("num.io.threads", "2");
        props.put("num.recovery.threads.per.data.dir", "1");
        props.putAll(overrides);
        return props;
    }

    private void formatIfNeeded(String metadataLogDir) {
        if (Files.exists(dataDir.resolve("meta.properties"))) {
            return;
        }
        try {
            Files.createDirectories(dataDir);
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setControllerListenerName("CONTROLLER")
                    .setMetadataLogDirectory(metadataLogDir)
                    .addDirectory(dataDir.toString())
                    .run();
        } catch (Exception e) {
            throw new LocalKafkaException("Could not format the Kafka data directory " + dataDir, e);
        }
    }

    private static int freePort(int... taken) {
        for (int attempt = 0; attempt < 10; attempt++) {
            int candidate = FreePort.find();
            if (Arrays.stream(taken).noneMatch(p -> p == candidate)) {
                return candidate;
            }
        }
        throw new LocalKafkaException("No free port on " + HOST, null);
    }

    /** The broker could not be formatted or started. */
    public static final class LocalKafkaException extends RuntimeException {
        LocalKafkaException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
