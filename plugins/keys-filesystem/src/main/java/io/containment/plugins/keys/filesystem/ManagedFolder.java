package io.containment.plugins.keys.filesystem;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.keys.KeyStorageException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;

/**
 * The folder imported keystores are written to: {@code <pubkey hex>.json} next to
 * {@code <pubkey hex>.txt}, the bare-keystore layout the scanner reads back on every start.
 * The folder is created 0700, files 0600; each file is written to a hidden temporary file,
 * synced, and moved into place, so a crash leaves either no key or a complete one.
 */
final class ManagedFolder {
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    private final Path folder;

    ManagedFolder(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    Path path() {
        return folder;
    }

    /** Whether every file is directly inside this folder. */
    boolean holdsAll(List<Path> files) {
        return !files.isEmpty() && files.stream().allMatch(file -> folder.equals(file.toAbsolutePath().normalize().getParent()));
    }

    Path keystoreFile(BlsPublicKey publicKey) {
        return folder.resolve(publicKey.toHex().substring(2) + ".json");
    }

    Path passwordFile(BlsPublicKey publicKey) {
        return folder.resolve(publicKey.toHex().substring(2) + ".txt");
    }

    /** Writes the password file, then the keystore; on failure neither remains. The arrays are not wiped here. */
    void write(BlsPublicKey publicKey, byte[] keystoreJson, byte[] password) {
        Path keystore = keystoreFile(publicKey);
        Path passwordFile = passwordFile(publicKey);
        try {
            createFolder();
            writeAtomically(passwordFile, password);
            writeAtomically(keystore, keystoreJson);
            syncFolder();
        } catch (IOException e) {
            deleteQuietly(keystore);
            deleteQuietly(passwordFile);
            throw new KeyStorageException("cannot write the keystore of " + publicKey + " into " + folder + " ("
                    + KeyFiles.describe(e) + ")", e);
        }
    }

    /** Deletes the files (keystore first, so a half-done delete leaves no loadable key). */
    void delete(List<Path> files) {
        try {
            for (Path file : files.stream().sorted((a, b) -> Boolean.compare(!isJson(a), !isJson(b))).toList()) {
                Files.deleteIfExists(file);
            }
            syncFolder();
        } catch (IOException e) {
            throw new KeyStorageException("cannot delete " + files + " (" + KeyFiles.describe(e) + ")", e);
        }
    }

    private static boolean isJson(Path file) {
        return file.getFileName().toString().endsWith(".json");
    }

    private void createFolder() throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder.getParent());
            try {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
            } catch (FileAlreadyExistsException raced) {
                // another writer created it; fine
            }
            Files.setPosixFilePermissions(folder, OWNER_ONLY_FOLDER);
        }
    }

    /** FileOutputStream writes from the heap array through a stack buffer: no cached direct buffer keeps a copy. */
    private void writeAtomically(Path target, byte[] content) throws IOException {
        Path temporary = folder.resolve("." + target.getFileName() + ".tmp");
        Files.deleteIfExists(temporary);
        Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
        try {
            try (FileOutputStream out = new FileOutputStream(temporary.toFile())) {
                out.write(content);
                out.getFD().sync();
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private void syncFolder() {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // some file systems cannot sync a directory; the files themselves are synced
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // best effort after a failed write
        }
    }
}
