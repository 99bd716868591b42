package io.containment.plugins.keys.awskms;

import io.containment.api.consensus.BlsPublicKey;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One file of the {@code aws_kms} key source (format {@value #FORMAT}, version {@value #VERSION}):
 * one KMS-wrapped data key and the BLS secrets encrypted under it — one key per file or a batch.
 *
 * <pre>{@code
 * {
 *   "format": "containment-chamber/kms-wrapped-bls-keys",
 *   "version": 1,
 *   "kms_key_id": "arn:aws:kms:eu-west-1:111122223333:key/…",
 *   "encryption_context": { "containment-chamber": "bls-keys" },
 *   "wrapped_data_key": "<base64: the KMS CiphertextBlob of a 32-byte data key>",
 *   "keys": [
 *     { "pubkey": "0x…48 bytes", "iv": "0x…12 bytes", "ciphertext": "0x…48 bytes: AES-256-GCM(secret) ‖ tag" }
 *   ]
 * }
 * }</pre>
 *
 * Each secret is AES-256-GCM under the data key with the 48 pubkey bytes as associated data, so a
 * ciphertext cannot be moved to another pubkey. Nothing in the file is secret without KMS.
 *
 * @param kmsKeyId          the KMS key that wrapped the data key (key id, key ARN or alias)
 * @param encryptionContext the KMS encryption context the data key was wrapped with
 * @param wrappedDataKey    the KMS {@code CiphertextBlob}
 * @param keys              the encrypted secrets, at least one
 */
record WrappedKeyFile(String kmsKeyId, Map<String, String> encryptionContext, byte[] wrappedDataKey, List<Entry> keys) {
    static final String FORMAT = "containment-chamber/kms-wrapped-bls-keys";
    static final int VERSION = 1;
    /** Written by {@code keys wrap-kms}; any context is accepted when loading. */
    static final Map<String, String> DEFAULT_CONTEXT = Map.of("containment-chamber", "bls-keys");

    WrappedKeyFile {
        Objects.requireNonNull(kmsKeyId, "kmsKeyId");
        encryptionContext = Map.copyOf(encryptionContext);
        wrappedDataKey = wrappedDataKey.clone();
        keys = List.copyOf(keys);
    }

    @Override
    public byte[] wrappedDataKey() {
        return wrappedDataKey.clone();
    }

    /**
     * One encrypted secret.
     *
     * @param pubkey     the validator's public key (associated data of the encryption)
     * @param iv         the 12-byte GCM nonce
     * @param ciphertext the 32-byte secret encrypted, followed by the 16-byte tag
     */
    record Entry(BlsPublicKey pubkey, byte[] iv, byte[] ciphertext) {
        Entry {
            iv = iv.clone();
            ciphertext = ciphertext.clone();
        }

        @Override
        public byte[] iv() {
            return iv.clone();
        }

        @Override
        public byte[] ciphertext() {
            return ciphertext.clone();
        }
    }
}
