package io.containment.runtime.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Creates the data directory owner-only (0700) when it does not exist yet. */
public final class DataDirectory {
    private static final java.util.Set<java.nio.file.attribute.PosixFilePermission> OWNER_ONLY =
            PosixFilePermissions.fromString("rwx------");

    private DataDirectory() {
    }

    /** Returns the directory, created 0700 if missing. */
    public static Path prepare(Path dataDir) {
        try {
            if (!Files.isDirectory(dataDir)) {
                if (dataDir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    // created 0700 (missing parents too), never briefly wider
                    Files.createDirectories(dataDir, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                    Files.setPosixFilePermissions(dataDir, OWNER_ONLY);
                } else {
                    Files.createDirectories(dataDir);
                }
            }
            return dataDir;
        } catch (IOException e) {
            throw new ConfigException("data_dir", "cannot create " + dataDir + ": " + e.getMessage());
        }
    }
}
