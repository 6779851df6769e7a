package org.sportello.launcher;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Sportello service the launcher knows how to run: its Maven module, default port and database.
 *
 * @param database the database name after the prefix, e.g. {@code intake} for {@code sportello_intake}
 * @param holdsPersonalData whether the service keeps personal data, encrypted under the master key
 *                          (so refuses to start without it); reporting holds none and is never given it
 */
public record ServiceSpec(String name, int basePort, String database, boolean holdsPersonalData) {

    /** In the order of the README's port table. */
    public static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("intake-service", 8081, "intake", true),
            new ServiceSpec("scheduling-service", 8082, "scheduling", true),
            new ServiceSpec("referral-service", 8083, "referral", true),
            new ServiceSpec("reporting-service", 8084, "reporting", false));

    public static ServiceSpec named(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }

    /** The settings every service gets, plus {@value MasterKey#VARIABLE} where personal data is. */
    public Map<String, String> environment(Map<String, String> common, String masterKey) {
        Map<String, String> environment = new HashMap<>(common);
        if (holdsPersonalData) {
            environment.put(MasterKey.VARIABLE, masterKey);
        }
        return environment;
    }

    /** The executable jar Spring Boot's plugin writes beside the plain one. */
    public Path jar(Path home, String version) {
        return module(home).resolve("target").resolve(name + "-" + version + "-exec.jar");
    }

    public Path module(Path home) {
        return home.resolve(name);
    }
}
