package io.containment.runtime.seal;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.keys.BlsSecretKeys;
import io.containment.api.keys.KeySource;
import io.containment.api.keys.ValidatorKey;
import io.containment.api.seal.MasterKeyProtected;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A key source under the master key, as keys-dynamodb will be: secrets AES-256-GCM-encrypted under
 * the master key, decrypted into signing keys on unseal, destroyed on seal. The plaintext secrets
 * given to the constructor are encrypted at the first unseal (the "import") and wiped.
 */
final class ProtectedKeySource implements KeySource, MasterKeyProtected {
    private final BlsSecretKeys bls;
    private List<byte[]> pending;
    final List<byte[]> encrypted = new ArrayList<>();
    private List<ValidatorKey> keys = List.of();

    ProtectedKeySource(BlsSecretKeys bls, List<byte[]> secrets) {
        this.bls = bls;
        this.pending = secrets;
    }

    @Override
    public synchronized void unseal(byte[] masterKey) {
        if (pending != null) {
            for (byte[] secret : pending) {
                encrypted.add(crypt(Cipher.ENCRYPT_MODE, masterKey, secret));
                Arrays.fill(secret, (byte) 0);
            }
            pending = null;
        }
        List<ValidatorKey> loaded = new ArrayList<>();
        for (byte[] blob : encrypted) {
            loaded.add(bls.fromSecret(crypt(Cipher.DECRYPT_MODE, masterKey, blob), "protected"));
        }
        keys = List.copyOf(loaded);
    }

    @Override
    public synchronized void seal() {
        keys.forEach(ValidatorKey::destroy);
        keys = List.of();
    }

    @Override
    public synchronized List<ValidatorKey> keys() {
        return keys;
    }

    List<BlsPublicKey> publicKeys() {
        return keys.stream().map(ValidatorKey::publicKey).toList();
    }

    /** Test side: decrypts blob {@code index} with {@code masterKey}. */
    byte[] decrypt(byte[] masterKey, int index) {
        return crypt(Cipher.DECRYPT_MODE, masterKey, encrypted.get(index));
    }

    private static byte[] crypt(int mode, byte[] key, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            if (mode == Cipher.ENCRYPT_MODE) {
                byte[] iv = new byte[12];
                new SecureRandom().nextBytes(iv);
                cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
                byte[] sealed = cipher.doFinal(input);
                byte[] out = Arrays.copyOf(iv, 12 + sealed.length);
                System.arraycopy(sealed, 0, out, 12, sealed.length);
                return out;
            }
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, input, 0, 12));
            return cipher.doFinal(input, 12, input.length - 12);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        seal();
    }
}
