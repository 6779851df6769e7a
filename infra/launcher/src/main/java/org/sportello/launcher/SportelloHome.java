package org.sportello.launcher;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The root of the Sportello source tree, where the services' jars are built. The launcher's own jar
 * lives at {@code infra/launcher/target/}, so it finds the root from there wherever it is started;
 * {@code SPORTELLO_HOME} overrides.
 */
public final class SportelloHome {

    public static final String HOME_VARIABLE = "SPORTELLO_HOME";

    private SportelloHome() {
    }

    public static Path find(Map<String, String> environment) {
        String configured = environment.get(HOME_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            Path home = Path.of(configured).toAbsolutePath().normalize();
            if (!isHome(home)) {
                throw new LauncherFailure(HOME_VARIABLE + "=" + configured + " is not a Sportello source tree "
                        + "(no pom.xml and intake-service/ there): point it at the clone's root");
            }
            return home;
        }
        return fromCodeLocation().or(() -> above(Path.of("").toAbsolutePath()))
                .orElseThrow(() -> new LauncherFailure("cannot find the Sportello source tree above the launcher's "
                        + "jar or the current directory: run it from the clone, or set " + HOME_VARIABLE));
    }

    private static Optional<Path> fromCodeLocation() {
        try {
            Path code = Path.of(SportelloHome.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return above(code);
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> above(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (isHome(dir)) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    private static boolean isHome(Path dir) {
        return Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("intake-service"));
    }
}
