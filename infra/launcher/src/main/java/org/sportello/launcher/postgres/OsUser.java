package org.sportello.launcher.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.sportello.launcher.Commands;
import org.sportello.launcher.LauncherFailure;

/**
 * The operating-system user the embedded PostgreSQL runs as. PostgreSQL refuses to run as root
 * ("root execution of the PostgreSQL server is not permitted"), and CI machines and many servers
 * run everything as root; so as root the launcher starts PostgreSQL's programs through
 * {@code setpriv} as an unprivileged system user, which owns the data directory.
 *
 * @param switchUser whether programs must be started through setpriv as this user
 */
public record OsUser(String name, int uid, int gid, boolean switchUser) {

    /** Created when missing, so PostgreSQL's files are not owned by a user other daemons share. */
    static final String SYSTEM_USER = "sportello";
    private static final String FALLBACK_USER = "nobody";
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(30);

    /**
     * The user to run PostgreSQL with {@code dataDirectory}: the current user unless that is root;
     * as root, the owner of an existing data directory, else the {@value #SYSTEM_USER} system user
     * (created if missing) or, failing that, {@value #FALLBACK_USER}.
     */
    public static OsUser forDataDirectory(Path dataDirectory, Consumer<String> say) {
        if (!isRoot()) {
            return new OsUser(System.getProperty("user.name"), -1, -1, false);
        }
        if (Commands.find("setpriv").isEmpty()) {
            throw new LauncherFailure("PostgreSQL refuses to run as root and setpriv (util-linux) is missing to run it "
                    + "as another user: install util-linux, run the launcher as a normal user, or set SPRING_DATASOURCE_URL");
        }
        if (Files.exists(dataDirectory.resolve("PG_VERSION"))) {
            int owner = ownerUid(dataDirectory);
            if (owner == 0) {
                throw new LauncherFailure(dataDirectory + " belongs to root, and PostgreSQL refuses to run as root: "
                        + "start over with --reset");
            }
            return lookup(String.valueOf(owner)).orElseGet(() -> new OsUser("uid " + owner, owner, owner, true));
        }
        Optional<OsUser> existing = lookup(SYSTEM_USER);
        if (existing.isPresent()) {
            return existing.get();
        }
        Optional<Path> useradd = Commands.find("useradd");
        if (useradd.isPresent()) {
            Commands.Result created = Commands.run(List.of(useradd.get().toString(), "--system", "--user-group",
                    "--no-create-home", "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin", SYSTEM_USER),
                    COMMAND_TIMEOUT);
            // Another launcher may have created it a moment ago: look again either way.
            Optional<OsUser> made = lookup(SYSTEM_USER);
            if (made.isPresent()) {
                if (created.succeeded()) {
                    say.accept("created system user '" + SYSTEM_USER + "' to run PostgreSQL (it refuses to run as root)");
                }
                return made.get();
            }
        }
        return lookup(FALLBACK_USER).orElseThrow(() -> new LauncherFailure("PostgreSQL refuses to run as root and "
                + "there is no unprivileged user to run it as: create one (useradd --system " + SYSTEM_USER
                + "), run the launcher as a normal user, or set SPRING_DATASOURCE_URL"));
    }

    /**
     * {@code command} as this user, in a session of its own: Ctrl-C in the terminal reaches the whole
     * foreground process group, and PostgreSQL must not stop before the services that use it do; the
     * launcher stops it last.
     */
    public List<String> wrap(List<String> command) {
        List<String> wrapped = new ArrayList<>();
        Commands.find("setsid").ifPresent(setsid -> wrapped.add(setsid.toString()));
        if (switchUser) {
            wrapped.addAll(List.of(Commands.find("setpriv").map(Path::toString).orElse("setpriv"),
                    "--reuid=" + uid, "--regid=" + gid, "--clear-groups", "--"));
        }
        wrapped.addAll(command);
        return wrapped;
    }

    /** Makes {@code path} this user's, readable by it alone (PostgreSQL insists on 0700 for its data). */
    public void own(Path path) throws IOException {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                Files.isDirectory(path) ? "rwx------" : "rw-------"));
        if (switchUser) {
            Files.setAttribute(path, "unix:uid", uid, LinkOption.NOFOLLOW_LINKS);
            Files.setAttribute(path, "unix:gid", gid, LinkOption.NOFOLLOW_LINKS);
        }
    }

    /**
     * Fails with the fix when this user cannot enter every directory above {@code path}. The launcher's
     * own data directory, {@code path}'s parent, is opened for entering (not listing) if it was closed,
     * as {@code mktemp -d} makes it; directories above it are the user's business.
     */
    public void checkCanReach(Path path) {
        if (!switchUser) {
            return;
        }
        Path dataDir = path.toAbsolutePath().getParent();
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(dataDir);
            if (!permissions.contains(PosixFilePermission.OTHERS_EXECUTE) && ownerUid(dataDir) == 0) {
                permissions.add(PosixFilePermission.OTHERS_EXECUTE);
                Files.setPosixFilePermissions(dataDir, permissions);
            }
        } catch (IOException e) {
            throw new LauncherFailure("cannot open " + dataDir + " to PostgreSQL's user '" + name + "': " + e.getMessage());
        }
        for (Path dir = dataDir; dir != null; dir = dir.getParent()) {
            try {
                PosixFileAttributes attributes = Files.readAttributes(dir, PosixFileAttributes.class);
                Set<PosixFilePermission> permissions = attributes.permissions();
                int owner = ownerUid(dir);
                int group = (Integer) Files.getAttribute(dir, "unix:gid");
                boolean enters = permissions.contains(PosixFilePermission.OTHERS_EXECUTE)
                        || owner == uid && permissions.contains(PosixFilePermission.OWNER_EXECUTE)
                        || group == gid && permissions.contains(PosixFilePermission.GROUP_EXECUTE);
                if (!enters) {
                    throw new LauncherFailure("PostgreSQL runs as user '" + name + "' (it refuses root), which cannot "
                            + "enter " + dir + " (" + PosixFilePermissions.toString(permissions) + "): choose a "
                            + "--data-dir it can reach, e.g. --data-dir /var/lib/sportello, or run as a normal user");
                }
            } catch (IOException e) {
                throw new LauncherFailure("cannot read the permissions of " + dir + ": " + e.getMessage());
            }
        }
    }

    static boolean isRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static int ownerUid(Path path) {
        try {
            return (Integer) Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new LauncherFailure("cannot read the owner of " + path + ": " + e.getMessage());
        }
    }

    /** {@code getent passwd} rather than /etc/passwd, so users from LDAP or systemd count too. */
    private static Optional<OsUser> lookup(String nameOrUid) {
        Optional<Path> getent = Commands.find("getent");
        if (getent.isEmpty()) {
            return Optional.empty();
        }
        Commands.Result entry = Commands.run(List.of(getent.get().toString(), "passwd", nameOrUid), COMMAND_TIMEOUT);
        String[] fields = entry.output().split(":");
        if (!entry.succeeded() || fields.length < 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(new OsUser(fields[0], Integer.parseInt(fields[2]), Integer.parseInt(fields[3]), true));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
