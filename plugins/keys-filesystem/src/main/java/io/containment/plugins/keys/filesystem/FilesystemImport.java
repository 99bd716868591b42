package io.containment.plugins.keys.filesystem;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.keys.PendingImport;
import io.containment.api.keys.ValidatorKey;
import java.util.Optional;

/**
 * A decrypted keystore waiting to be written into the managed folder. Holds the keystore as
 * given and the password as given (written to the password file on commit, wiped on close).
 */
final class FilesystemImport implements PendingImport {
    private final FilesystemKeySource source;
    private final ValidatorKey key;
    private final Optional<String> derivationPath;
    private final byte[] keystoreJson;
    private final byte[] password;
    private boolean finished;

    FilesystemImport(FilesystemKeySource source, ValidatorKey key, Optional<String> derivationPath,
                     byte[] keystoreJson, byte[] password) {
        this.source = source;
        this.key = key;
        this.derivationPath = derivationPath.filter(path -> !path.isBlank());
        this.keystoreJson = keystoreJson;
        this.password = password;
    }

    @Override
    public BlsPublicKey publicKey() {
        return key.publicKey();
    }

    @Override
    public Optional<String> derivationPath() {
        return derivationPath;
    }

    @Override
    public synchronized ValidatorKey commit() {
        if (finished) {
            throw new IllegalStateException("this import was already committed or closed");
        }
        finished = true;
        try {
            return source.store(key, derivationPath, keystoreJson, password);
        } catch (RuntimeException e) {
            key.destroy();
            throw e;
        } finally {
            Wipe.bytes(password);
        }
    }

    @Override
    public synchronized void close() {
        if (!finished) {
            finished = true;
            key.destroy();
            Wipe.bytes(password);
        }
    }

    @Override
    public String toString() {
        return "pending import of " + key.publicKey();
    }
}
