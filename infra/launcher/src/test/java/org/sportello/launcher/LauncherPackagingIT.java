package org.sportello.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;

/**
 * The launcher is a production tool: what it ships (its jar's Class-Path, the libraries copied
 * beside it) holds no test support and no test library.
 */
class LauncherPackagingIT {

    private static final List<String> TEST_SUPPORT = List.of("testing-", "junit", "assertj", "mockito", "hamcrest",
            "testcontainers", "awaitility", "spring-test", "spring-boot-test", "jsonassert", "xmlunit");

    @Test
    void launcherJarShipsNoTestSupport() throws IOException {
        Path jar = Path.of(System.getProperty("sportello.launcher.jar"));
        List<String> classPath;
        try (JarFile file = new JarFile(jar.toFile())) {
            classPath = Arrays.asList(file.getManifest().getMainAttributes().getValue("Class-Path").split(" "));
        }
        List<String> copied;
        try (var libraries = Files.list(jar.resolveSibling("lib"))) {
            copied = libraries.map(library -> library.getFileName().toString()).toList();
        }

        assertThat(classPath).contains("lib/client-" + version() + ".jar");
        for (String library : TEST_SUPPORT) {
            assertThat(classPath).as("Class-Path of %s", jar).noneMatch(entry -> entry.contains(library));
            assertThat(copied).as("libraries beside %s", jar).noneMatch(entry -> entry.contains(library));
        }
    }

    private static String version() {
        return System.getProperty("sportello.version");
    }
}
