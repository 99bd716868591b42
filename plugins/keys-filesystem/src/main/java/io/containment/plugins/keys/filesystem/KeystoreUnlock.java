package io.containment.plugins.keys.filesystem;

import io.containment.api.keys.BlsSecretKeys;
import io.containment.api.keys.ValidatorKey;

/**
 * Keystore + processed password → key: derive (within the KDF memory budget), check the checksum,
 * decrypt, and refuse a secret whose public key is not the keystore's {@code pubkey}. Every run
 * of a key derivation in this plugin goes through here.
 */
final class KeystoreUnlock {
    private KeystoreUnlock() {
    }

    /**
     * @param password the processed password (EIP-2335), wiped before this returns
     * @param origin   names the key in logs
     */
    static ValidatorKey unlock(Keystore keystore, byte[] password, BlsSecretKeys bls, KdfMemoryBudget memory,
                               String origin) throws KeyFileException, InterruptedException {
        byte[] decryptionKey = null;
        byte[] secret;
        try {
            try (KdfMemoryBudget.Reservation reserved = memory.reserve(keystore.kdf().memoryBytes())) {
                decryptionKey = keystore.kdf().derive(password);
            }
            secret = KeystoreDecryption.decrypt(keystore, decryptionKey);
        } finally {
            Wipe.bytes(password, decryptionKey);
        }
        ValidatorKey key = bls.fromSecret(secret, origin); // wipes the secret
        if (!key.publicKey().equals(keystore.pubkey())) {
            key.destroy();
            throw new KeyFileException("the keystore's pubkey " + keystore.pubkey()
                    + " is not the public key of its secret (" + key.publicKey() + "); key refused");
        }
        return key;
    }
}
