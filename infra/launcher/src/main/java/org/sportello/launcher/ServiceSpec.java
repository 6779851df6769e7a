package org.sportello.launcher;

import java.nio.file.Path;
import java.util.List;

/**
 * A Sportello service the launcher knows how to run: its Maven module, default port and database.
 *
 * @param database the database name after the prefix, e.g. {@code intake} for {@code sportello_intake}
 */
public record ServiceSpec(String name, int basePort, String database) {

    /** In the order of the README's port table. */
    public static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("intake-service", 8081, "intake"),
            new ServiceSpec("scheduling-service", 8082, "scheduling"),
            new ServiceSpec("referral-service", 8083, "referral"),
            new ServiceSpec("reporting-service", 8084, "reporting"));

    public static ServiceSpec named(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }

    /** The executable jar Spring Boot's plugin writes beside the plain one. */
    public Path jar(Path home, String version) {
        return module(home).resolve("target").resolve(name + "-" + version + "-exec.jar");
    }

    public Path module(Path home) {
        return home.resolve(name);
    }
}
