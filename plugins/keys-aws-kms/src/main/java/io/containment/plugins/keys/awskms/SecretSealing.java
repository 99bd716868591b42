package io.containment.plugins.keys.awskms;

import io.containment.api.consensus.BlsPublicKey;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM of one 32-byte BLS secret under a data key, with the 48 pubkey bytes as associated
 * data. The JDK's copy of the AES key inside {@link SecretKeySpec}/{@link Cipher} is left to the GC.
 */
final class SecretSealing {
    static final int IV_LENGTH = 12;
    static final int SECRET_LENGTH = 32;
    static final int CIPHERTEXT_LENGTH = SECRET_LENGTH + 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretSealing() {
    }

    static WrappedKeyFile.Entry seal(byte[] dataKey, BlsPublicKey pubkey, byte[] secret) {
        byte[] iv = new byte[IV_LENGTH];
        RANDOM.nextBytes(iv);
        try {
            return new WrappedKeyFile.Entry(pubkey, iv, cipher(Cipher.ENCRYPT_MODE, dataKey, iv, pubkey).doFinal(secret));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is in every JDK", e);
        }
    }

    /**
     * The secret; the caller wipes it.
     *
     * @throws KeyFileException when the tag does not verify (another data key, another pubkey, a changed file)
     */
    static byte[] open(byte[] dataKey, WrappedKeyFile.Entry entry) throws KeyFileException {
        try {
            byte[] secret = cipher(Cipher.DECRYPT_MODE, dataKey, entry.iv(), entry.pubkey()).doFinal(entry.ciphertext());
            if (secret.length != SECRET_LENGTH) {
                Wipe.bytes(secret);
                throw new KeyFileException("the decrypted secret is not 32 bytes");
            }
            return secret;
        } catch (AEADBadTagException e) {
            throw new KeyFileException("the ciphertext does not authenticate under the unwrapped data key "
                    + "(a changed file, or a pubkey/ciphertext pair from another file)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is in every JDK", e);
        }
    }

    private static Cipher cipher(int mode, byte[] dataKey, byte[] iv, BlsPublicKey pubkey) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(dataKey, "AES"), new GCMParameterSpec(128, iv));
        cipher.updateAAD(pubkey.bytes());
        return cipher;
    }
}
