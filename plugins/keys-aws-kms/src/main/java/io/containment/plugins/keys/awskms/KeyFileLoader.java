package io.containment.plugins.keys.awskms;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.keys.BlsSecretKeys;
import io.containment.api.keys.ValidatorKey;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Loads the keys of one file: keys unchanged since the last load are kept; for the others the data
 * key is unwrapped with one KMS {@code Decrypt}, each secret opened, turned into a signing key and
 * checked against its stored pubkey; the data key and every secret are wiped afterwards.
 */
final class KeyFileLoader {
    private final KmsDataKeys kms;
    private final BlsSecretKeys bls;
    private final Map<String, ValidatorKey> previous;

    /** @param previous the keys of the last load by fingerprint (read only here) */
    KeyFileLoader(KmsDataKeys kms, BlsSecretKeys bls, Map<String, ValidatorKey> previous) {
        this.kms = kms;
        this.bls = bls;
        this.previous = previous;
    }

    List<LoadOutcome> load(Path path, WrappedKeyFile file) {
        List<LoadOutcome> outcomes = new ArrayList<>();
        List<Integer> fresh = new ArrayList<>();
        for (int i = 0; i < file.keys().size(); i++) {
            String fingerprint = fingerprint(path, file, i);
            ValidatorKey kept = previous.get(fingerprint);
            outcomes.add(kept == null ? null : new LoadOutcome.Loaded(kept, fingerprint, true));
            if (kept == null) {
                fresh.add(i);
            }
        }
        if (fresh.isEmpty()) {
            return outcomes;
        }
        byte[] dataKey = null;
        try {
            dataKey = kms.unwrap(file);
        } catch (KeyFileException | RuntimeException failure) { // a RuntimeException by type only: its message is not ours
            String reason = failure instanceof KeyFileException ? failure.getMessage() : "unexpected " + failure.getClass().getName();
            fresh.forEach(i -> outcomes.set(i, new LoadOutcome.Failed(origin(path, file, i) + ": " + reason)));
            return outcomes;
        }
        try {
            for (int i : fresh) {
                outcomes.set(i, open(path, file, i, dataKey));
            }
            return outcomes;
        } finally {
            Wipe.bytes(dataKey);
        }
    }

    private LoadOutcome open(Path path, WrappedKeyFile file, int index, byte[] dataKey) {
        WrappedKeyFile.Entry entry = file.keys().get(index);
        String origin = origin(path, file, index);
        byte[] secret = null;
        try {
            secret = SecretSealing.open(dataKey, entry);
            ValidatorKey key = bls.fromSecret(secret, origin); // wipes the secret
            BlsPublicKey actual = key.publicKey();
            if (!actual.equals(entry.pubkey())) {
                key.destroy();
                return new LoadOutcome.Failed(origin + ": the stored pubkey " + entry.pubkey()
                        + " is not the public key of the decrypted secret (" + actual + "); key skipped");
            }
            return new LoadOutcome.Loaded(key, fingerprint(path, file, index), false);
        } catch (KeyFileException e) {
            return new LoadOutcome.Failed(origin + ": " + e.getMessage());
        } catch (IllegalArgumentException notABlsSecret) {
            return new LoadOutcome.Failed(origin + ": " + notABlsSecret.getMessage());
        } finally {
            Wipe.bytes(secret);
        }
    }

    /** {@code <file>} for a one-key file, {@code <file> keys[i]} in a batch. */
    static String origin(Path path, WrappedKeyFile file, int index) {
        return file.keys().size() == 1 ? path.toString() : path + " keys[" + index + "]";
    }

    private static String fingerprint(Path path, WrappedKeyFile file, int index) {
        WrappedKeyFile.Entry entry = file.keys().get(index);
        HexFormat hex = HexFormat.of();
        return path + "|" + file.kmsKeyId() + "|" + new java.util.TreeMap<>(file.encryptionContext()) + "|"
                + Base64.getEncoder().encodeToString(file.wrappedDataKey()) + "|" + entry.pubkey() + "|"
                + hex.formatHex(entry.iv()) + "|" + hex.formatHex(entry.ciphertext());
    }
}
