package io.containment.plugins.keys.dynamodb;

import io.containment.api.consensus.BlsPublicKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * The cryptography of item format {@value #FORMAT}:
 * <ul>
 *   <li>data key = HKDF-SHA256(IKM = the 32-byte master key, salt = none (32 zero bytes),
 *       info = {@code "containment-chamber/keys-dynamodb/data-key/v1"}, L = 32), derived once at
 *       unseal; the master key itself is not kept;</li>
 *   <li>{@code ciphertext} = AES-256-GCM(data key, {@code nonce} = 12 fresh random bytes per write,
 *       AAD = the 48-byte public key ‖ the format byte {@code 0x01}, plaintext = the 32-byte
 *       big-endian BLS secret), the 16-byte tag appended (48 bytes).</li>
 * </ul>
 * The AAD binds a ciphertext to its item: copied under another public key, or read as another
 * format, it fails authentication. {@link #destroy()} wipes the data key.
 */
final class KeyEncryption {
    static final int FORMAT = 1;
    static final int NONCE_LENGTH = 12;
    static final int SECRET_LENGTH = 32;
    static final int TAG_BITS = 128;
    static final int CIPHERTEXT_LENGTH = SECRET_LENGTH + TAG_BITS / 8;
    static final byte[] DATA_KEY_INFO = "containment-chamber/keys-dynamodb/data-key/v1".getBytes(StandardCharsets.US_ASCII);
    private static final int MASTER_KEY_LENGTH = 32;

    private final WipeableKey dataKey;
    private final SecureRandom random;

    private KeyEncryption(WipeableKey dataKey, SecureRandom random) {
        this.dataKey = dataKey;
        this.random = random;
    }

    /** Derives the data key from {@code masterKey}, which is read and not kept (the caller wipes it). */
    static KeyEncryption underMasterKey(byte[] masterKey, SecureRandom random) {
        if (masterKey == null || masterKey.length != MASTER_KEY_LENGTH) {
            throw new IllegalArgumentException("the master key must be " + MASTER_KEY_LENGTH + " bytes");
        }
        return new KeyEncryption(new WipeableKey(Hkdf.sha256(masterKey, new byte[0], DATA_KEY_INFO, 32), "AES"), random);
    }

    /** An encrypted secret: the nonce and the ciphertext with its tag. */
    record Sealed(byte[] nonce, byte[] ciphertext) {
        @Override
        public String toString() {
            return "Sealed[" + ciphertext.length + " bytes]";
        }
    }

    /** Encrypts {@code secret} (read, not modified) for the item of {@code publicKey}, under a fresh nonce. */
    Sealed encrypt(BlsPublicKey publicKey, byte[] secret) {
        if (secret.length != SECRET_LENGTH) {
            throw new IllegalArgumentException("a BLS secret key is " + SECRET_LENGTH + " bytes");
        }
        byte[] nonce = new byte[NONCE_LENGTH];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, dataKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(publicKey, FORMAT));
            return new Sealed(nonce, cipher.doFinal(secret));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is unavailable: " + e.getClass().getSimpleName());
        }
    }

    /**
     * Decrypts an item's secret.
     *
     * @return the 32-byte secret; the caller wipes it
     * @throws ItemException when the item is not of a supported format or fails authentication
     *                       (tampered, copied from another public key, or encrypted under another master key)
     */
    byte[] decrypt(BlsPublicKey publicKey, int format, byte[] nonce, byte[] ciphertext) throws ItemException {
        if (format != FORMAT) {
            throw new ItemException("format " + format + " is not supported (this signer reads format " + FORMAT + ")");
        }
        if (nonce.length != NONCE_LENGTH || ciphertext.length != CIPHERTEXT_LENGTH) {
            throw new ItemException("nonce has " + nonce.length + " bytes and ciphertext " + ciphertext.length
                    + "; format " + FORMAT + " has " + NONCE_LENGTH + " and " + CIPHERTEXT_LENGTH);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, dataKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(publicKey, format));
            return cipher.doFinal(ciphertext);
        } catch (AEADBadTagException e) {
            throw new ItemException("the ciphertext fails authentication (AES-GCM tag): tampered, copied from another "
                    + "public key, or encrypted under another master key");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is unavailable: " + e.getClass().getSimpleName());
        }
    }

    /** Wipes the data key; nothing can be encrypted or decrypted afterwards. */
    void destroy() {
        dataKey.destroy();
    }

    boolean destroyed() {
        return dataKey.isDestroyed();
    }

    /** The 48 bytes of the public key followed by the format byte. */
    static byte[] associatedData(BlsPublicKey publicKey, int format) {
        byte[] aad = Arrays.copyOf(publicKey.bytes(), BlsPublicKey.LENGTH + 1);
        aad[BlsPublicKey.LENGTH] = (byte) format;
        return aad;
    }

    @Override
    public String toString() {
        return "KeyEncryption[***]";
    }
}
