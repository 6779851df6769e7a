package org.sportello.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.jar.JarFile;

/**
 * Finds each service's executable jar in the source tree. A service whose module has sources but no
 * jar is built through the Maven wrapper first (so a fresh clone needs one command); a module without
 * sources yet is skipped and shown as such.
 */
public final class ServiceJars {

    /** A service the launcher runs ({@code jar} set) or skips ({@code missing} says why). */
    public record Located(ServiceSpec spec, Path jar, String missing) {
        public boolean runnable() {
            return jar != null;
        }
    }

    private ServiceJars() {
    }

    public static List<Located> locate(Path home, String version, Consumer<String> say) {
        List<String> toBuild = new ArrayList<>();
        for (ServiceSpec spec : ServiceSpec.ALL) {
            if (hasSources(home, spec) && !isExecutableJar(spec.jar(home, version))) {
                toBuild.add(spec.name());
            }
        }
        if (!toBuild.isEmpty()) {
            build(home, toBuild, say);
        }
        List<Located> located = new ArrayList<>();
        for (ServiceSpec spec : ServiceSpec.ALL) {
            Path jar = spec.jar(home, version);
            if (isExecutableJar(jar)) {
                located.add(new Located(spec, jar, null));
            } else if (hasSources(home, spec)) {
                throw new LauncherFailure(spec.name() + " has no executable jar at " + jar + " even after building: run "
                        + "./mvnw -DskipTests package and look for errors");
            } else {
                located.add(new Located(spec, null, "not built yet (no sources in " + spec.name() + "/)"));
            }
        }
        return located;
    }

    private static boolean hasSources(Path home, ServiceSpec spec) {
        return Files.isDirectory(spec.module(home).resolve("src/main/java"));
    }

    /** A jar whose manifest names a main class; an interrupted build can leave an empty file behind. */
    static boolean isExecutableJar(Path jar) {
        if (!Files.isRegularFile(jar)) {
            return false;
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest() != null && file.getManifest().getMainAttributes().getValue("Main-Class") != null;
        } catch (IOException e) {
            return false;
        }
    }

    private static void build(Path home, List<String> modules, Consumer<String> say) {
        Path wrapper = home.resolve("mvnw");
        if (!Files.isExecutable(wrapper)) {
            throw new LauncherFailure(String.join(", ", modules) + " not built, and there is no Maven wrapper at "
                    + wrapper + ": build them with ./mvnw -DskipTests package");
        }
        List<String> command = List.of(wrapper.toString(), "-q", "-DskipTests", "package", "-pl",
                String.join(",", modules), "-am");
        say.accept(String.join(", ", modules) + " not built yet: building with ./mvnw " + String.join(" ",
                command.subList(1, command.size())));
        try {
            Process build = new ProcessBuilder(command).directory(home.toFile()).inheritIO().start();
            if (build.waitFor() != 0) {
                throw new LauncherFailure("building " + String.join(", ", modules) + " failed (output above): fix "
                        + "the build, then start again");
            }
        } catch (IOException e) {
            throw new LauncherFailure("cannot run " + wrapper + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherFailure("interrupted while building " + String.join(", ", modules));
        }
    }
}
