package io.containment.api.contract;

import io.containment.api.consensus.BlsPublicKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * EIP-2335 keystores for the writable key-source contract, written with the JDK alone
 * (PBKDF2-HMAC-SHA256 with a light iteration count, AES-128-CTR, SHA-256 checksum). Passwords
 * are ASCII without control characters, so EIP-2335 password processing leaves them unchanged.
 */
public final class TestKeystores {
    /** The iteration count of every keystore written here: light, for fast tests. */
    public static final int PBKDF2_ITERATIONS = 2;
    private static final HexFormat HEX = HexFormat.of();
    private static final SecureRandom RANDOM = new SecureRandom();

    private TestKeystores() {
    }

    /** A keystore of {@code secret} whose pubkey field says {@code pubkey}, at derivation {@code path}. */
    public static byte[] pbkdf2(byte[] secret, BlsPublicKey pubkey, String password, String path) {
        byte[] salt = random(32);
        byte[] iv = random(16);
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, PBKDF2_ITERATIONS, 256);
            byte[] decryptionKey = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            Cipher aes = Cipher.getInstance("AES/CTR/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(decryptionKey, 0, 16, "AES"), new IvParameterSpec(iv));
            byte[] cipherMessage = aes.doFinal(secret);
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(decryptionKey, 16, 16);
            byte[] checksum = sha256.digest(cipherMessage);
            return """
                    {"crypto": {
                      "kdf": {"function": "pbkdf2", "params": {"dklen": 32, "c": %d, "prf": "hmac-sha256", "salt": "%s"}, "message": ""},
                      "checksum": {"function": "sha256", "params": {}, "message": "%s"},
                      "cipher": {"function": "aes-128-ctr", "params": {"iv": "%s"}, "message": "%s"}},
                     "description": "test keystore", "pubkey": "%s", "path": "%s", "uuid": "%s", "version": 4}
                    """.formatted(PBKDF2_ITERATIONS, HEX.formatHex(salt), HEX.formatHex(checksum), HEX.formatHex(iv),
                    HEX.formatHex(cipherMessage), pubkey.toHex().substring(2), path, UUID.randomUUID())
                    .getBytes(StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
