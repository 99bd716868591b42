package io.containment.plugins.auth.sqlite;

import io.containment.api.plugin.PluginException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;

/** Creates the database file and its {@code -wal}/{@code -shm} companions 0600 (folders 0700) before SQLite opens them. */
final class OwnerOnlyFile {
    private static final System.Logger LOG = System.getLogger(OwnerOnlyFile.class.getName());
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private OwnerOnlyFile() {
    }

    /** Prepares {@code path} and returns it absolute. */
    static Path prepare(Path path) {
        Path file = path.toAbsolutePath().normalize();
        try {
            Path parent = file.getParent();
            boolean posix = Files.getFileAttributeView(parent.getRoot(), PosixFileAttributeView.class) != null;
            if (!Files.isDirectory(parent)) {
                if (posix) {
                    Files.createDirectories(parent, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
                } else {
                    Files.createDirectories(parent);
                }
            }
            for (Path each : List.of(file, file.resolveSibling(file.getFileName() + "-wal"),
                    file.resolveSibling(file.getFileName() + "-shm"))) {
                create(each, posix);
            }
            return file;
        } catch (IOException e) {
            throw new PluginException("cannot prepare auth database " + file + ": " + e, e);
        }
    }

    private static void create(Path file, boolean posix) throws IOException {
        try {
            if (posix) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException existing) {
            if (posix && !Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS).equals(OWNER_ONLY)) {
                LOG.log(Level.WARNING, "auth database file {0} was readable or writable by others; setting it to 0600", file);
            }
        }
        if (posix) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }
}
