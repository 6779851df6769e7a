package org.sportello.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.slf4j.Logger;
import org.sportello.local.LocalKafka;

/** The launcher's Kafka broker: the in-process KRaft broker of infra/local on the data directory. */
final class LocalBroker {

    private LocalBroker() {
    }

    /**
     * A damaged {@code meta.properties} makes the broker fail deep inside its start-up; checking it
     * first gives the user the fix instead of a stack trace.
     */
    static void checkData(Path kafkaDir) {
        Path meta = kafkaDir.resolve("meta.properties");
        if (!Files.exists(meta)) {
            return;
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(meta)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new LauncherFailure("Kafka's data in " + kafkaDir + " is damaged (cannot read meta.properties: "
                    + e.getMessage() + "): start over with --reset, which deletes all local data");
        }
        String clusterId = properties.getProperty("cluster.id", "");
        if (clusterId.isBlank() || !"1".equals(properties.getProperty("node.id"))) {
            throw new LauncherFailure("Kafka's data in " + kafkaDir + " is damaged (meta.properties has no cluster.id "
                    + "or a node.id other than 1): start over with --reset, which deletes all local data");
        }
    }

    static LocalKafka start(DataDirectory data, int port, Logger log) {
        try {
            return LocalKafka.start(data.kafka(), port);
        } catch (RuntimeException e) {
            log.error("Kafka did not start", e);
            throw new LauncherFailure("Kafka did not start on 127.0.0.1:" + port + " with data in "
                    + data.kafka() + " (" + rootCause(e) + "): if its data is damaged, --reset starts over; details in "
                    + data.log("launcher"));
        }
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
