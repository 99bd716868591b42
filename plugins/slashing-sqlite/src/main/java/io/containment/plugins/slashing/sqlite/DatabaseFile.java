package io.containment.plugins.slashing.sqlite;

import io.containment.api.plugin.PluginException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The database file and its {@code -wal} and {@code -shm} companions: created owner-only (0600)
 * before SQLite opens them, tightened (with a warning) when found looser. Remembers which file it
 * opened, so that a database deleted or replaced under a running signer is noticed instead of
 * silently written to a file nobody will read again.
 */
final class DatabaseFile {
    private static final System.Logger LOG = System.getLogger(DatabaseFile.class.getName());
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private final Path path;
    private final Object identity;

    private DatabaseFile(Path path, Object identity) {
        this.path = path;
        this.identity = identity;
    }

    /** Creates the file (and missing parent folders, 0700) or checks an existing one. */
    static DatabaseFile prepare(Path path) {
        Path file = path.toAbsolutePath().normalize();
        try {
            Path parent = file.getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                createDirectories(parent);
            }
            for (Path each : List.of(file, companion(file, "-wal"), companion(file, "-shm"))) {
                createOwnerOnly(each);
            }
            return new DatabaseFile(file, identityOf(file));
        } catch (IOException e) {
            throw new PluginException("cannot prepare slashing database " + file + ": " + e, e);
        }
    }

    Path path() {
        return path;
    }

    /**
     * Whether the path still names the file that was opened (not deleted, moved or replaced) and
     * that file is not empty (truncated). SQLite alone would go on answering from its page cache
     * and writing into a log that no restart would read. One stat call per transaction.
     */
    boolean isStillTheOpenedFile() {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            return attributes.size() > 0 && Objects.equals(identity, identityOf(path, attributes));
        } catch (IOException e) {
            return false;
        }
    }

    private static Path companion(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    private static void createDirectories(Path directory) throws IOException {
        if (isPosix(directory.getRoot())) {
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
        } else {
            Files.createDirectories(directory);
        }
    }

    private static void createOwnerOnly(Path file) throws IOException {
        boolean posix = isPosix(file.getParent());
        try {
            if (posix) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException existing) {
            if (posix && !Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS).equals(OWNER_ONLY)) {
                LOG.log(Level.WARNING, "slashing database file {0} was readable or writable by others; setting it to 0600", file);
            }
        }
        if (posix) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean isPosix(Path location) {
        Path probe = location == null ? Path.of("").toAbsolutePath() : location;
        return Files.getFileAttributeView(probe, PosixFileAttributeView.class) != null;
    }

    private static Object identityOf(Path file) throws IOException {
        return identityOf(file, Files.readAttributes(file, BasicFileAttributes.class));
    }

    private static Object identityOf(Path file, BasicFileAttributes attributes) throws IOException {
        Object key = attributes.fileKey();
        return key != null ? key : file.toRealPath();
    }
}
