package io.containment.plugins.keys.dynamodb;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.keys.PendingImport;
import io.containment.api.keys.ValidatorKey;
import java.util.Optional;

/** A decrypted keystore waiting to be encrypted under the data key and written; holds the secret until then. */
final class DynamoDbImport implements PendingImport {
    private final DynamoDbKeySource source;
    private final BlsPublicKey publicKey;
    private final byte[] secret;
    private final Optional<String> derivationPath;
    private boolean finished;

    /** Takes ownership of {@code secret}: wiped at commit or close. */
    DynamoDbImport(DynamoDbKeySource source, BlsPublicKey publicKey, byte[] secret, Optional<String> derivationPath) {
        this.source = source;
        this.publicKey = publicKey;
        this.secret = secret;
        this.derivationPath = derivationPath;
    }

    @Override
    public BlsPublicKey publicKey() {
        return publicKey;
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
            return source.store(publicKey, secret, derivationPath);
        } finally {
            Wipe.bytes(secret);
        }
    }

    @Override
    public synchronized void close() {
        finished = true;
        Wipe.bytes(secret);
    }

    @Override
    public String toString() {
        return "pending import of " + publicKey;
    }
}
