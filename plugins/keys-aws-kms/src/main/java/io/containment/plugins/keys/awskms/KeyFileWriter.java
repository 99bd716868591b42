package io.containment.plugins.keys.awskms;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Writes key files atomically (temp file + move), 0600 in a 0700 folder where POSIX permissions exist. */
final class KeyFileWriter {
    private KeyFileWriter() {
    }

    static void createFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            setPermissions(folder, "rwx------");
        }
    }

    /** @throws FileAlreadyExistsException rather than replace a file */
    static void write(Path target, WrappedKeyFile file) throws IOException {
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            setPermissions(temp, "rw-------");
            Files.writeString(temp, WrappedKeyFileJson.write(file), StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void setPermissions(Path path, String permissions) throws IOException {
        if (Files.getFileAttributeView(path, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }
}
