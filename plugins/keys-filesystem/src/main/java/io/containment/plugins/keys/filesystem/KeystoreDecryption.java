package io.containment.plugins.keys.filesystem;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.CTRModeCipher;
import org.bouncycastle.crypto.modes.SICBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;

/** EIP-2335 decryption once the key is derived: checksum first (constant time), then AES-128-CTR. */
final class KeystoreDecryption {
    private KeystoreDecryption() {
    }

    /**
     * Returns the secret; the caller wipes it and {@code decryptionKey}.
     *
     * @throws KeyFileException when the checksum does not match (wrong password or damaged file)
     */
    static byte[] decrypt(Keystore keystore, byte[] decryptionKey) throws KeyFileException {
        if (!MessageDigest.isEqual(checksum(decryptionKey, keystore.cipherMessage()), keystore.checksum())) {
            throw new KeyFileException("checksum mismatch: wrong password or damaged keystore");
        }
        KeyParameter aesKey = new KeyParameter(decryptionKey, 0, 16);
        CTRModeCipher cipher = SICBlockCipher.newInstance(AESEngine.newInstance());
        try {
            cipher.init(false, new ParametersWithIV(aesKey, keystore.iv()));
            byte[] message = keystore.cipherMessage();
            byte[] secret = new byte[message.length];
            cipher.processBytes(message, 0, message.length, secret, 0);
            return secret;
        } finally {
            Wipe.bytes(aesKey.getKey());
            cipher.reset(); // the AES round keys inside the engine are left to the GC
        }
    }

    /** {@code sha256(decryptionKey[16:32] ‖ cipherMessage)}. */
    static byte[] checksum(byte[] decryptionKey, byte[] cipherMessage) {
        MessageDigest sha256 = sha256();
        sha256.update(decryptionKey, 16, 16);
        sha256.update(cipherMessage);
        return sha256.digest(); // digest() resets and clears the JDK's internal buffer
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
