package io.containment.runtime.keystore;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.keys.BlsSecretKeys;
import io.containment.api.keys.InvalidKeystoreException;
import io.containment.api.keys.Keystores;
import io.containment.api.keys.ValidatorKey;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** The runtime's {@link Keystores}: EIP-2335 with JDK cryptography, the pubkey checked with the runtime's BLS. */
public final class RuntimeKeystores implements Keystores {
    private final BlsSecretKeys bls;

    public RuntimeKeystores(BlsSecretKeys bls) {
        this.bls = bls;
    }

    @Override
    public DecryptedKeystore decrypt(byte[] keystoreJson, byte[] password) {
        KeystoreFile keystore = KeystoreFile.parse(keystoreJson);
        byte[] processed = PasswordProcessing.process(password);
        byte[] decryptionKey = null;
        byte[] secret = null;
        try {
            decryptionKey = keystore.deriveKey(processed);
            if (!MessageDigest.isEqual(checksum(decryptionKey, keystore.cipherMessage()), keystore.checksum())) {
                throw new InvalidKeystoreException("checksum mismatch: wrong password or damaged keystore");
            }
            secret = aes128Ctr(decryptionKey, keystore.iv(), keystore.cipherMessage());
            BlsPublicKey actual = publicKeyOf(secret);
            if (!actual.equals(keystore.pubkey())) {
                throw new InvalidKeystoreException("the keystore's pubkey " + keystore.pubkey()
                        + " is not the public key of its secret (" + actual + ")");
            }
            DecryptedKeystore result = new DecryptedKeystore(actual, secret);
            secret = null;
            return result;
        } finally {
            wipe(processed);
            wipe(decryptionKey);
            wipe(secret);
        }
    }

    private BlsPublicKey publicKeyOf(byte[] secret) {
        ValidatorKey key;
        try {
            key = bls.fromSecret(secret.clone(), "keystore");
        } catch (IllegalArgumentException e) {
            throw new InvalidKeystoreException(e.getMessage());
        }
        try {
            return key.publicKey();
        } finally {
            key.destroy();
        }
    }

    private static byte[] checksum(byte[] decryptionKey, byte[] cipherMessage) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(decryptionKey, 16, 16);
            sha256.update(cipherMessage);
            return sha256.digest();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static byte[] aes128Ctr(byte[] decryptionKey, byte[] iv, byte[] message) {
        try {
            Cipher cipher = Cipher.getInstance("AES/CTR/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(decryptionKey, 0, 16, "AES"), new IvParameterSpec(iv));
            return cipher.doFinal(message); // the JDK's copy of the AES key is left to the GC
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has AES-CTR", e);
        }
    }

    private static void wipe(byte[] bytes) {
        if (bytes != null) {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
