package io.containment.plugins.keys.filesystem;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Hex;
import io.containment.api.contract.TestPluginContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.generators.SCrypt;

/**
 * Writes EIP-2335 keystores for tests, independently of the code under test: the JDK's PBKDF2
 * and AES-CTR, BouncyCastle's scrypt called directly, password processing written from the EIP.
 * {@code TestKeystoresTest} checks it reproduces the official vectors. Light KDF parameters keep
 * the tests fast; the official vectors are the only keystores with real ones.
 */
final class TestKeystores {
    /** A password that needs no processing. */
    static final String PASSWORD = "correct horse battery staple";
    private static final HexFormat HEX = HexFormat.of();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Light parameters: scrypt n = 2^4, r = 8, p = 1; PBKDF2 c = 2. */
    enum LightKdf { SCRYPT, PBKDF2 }

    private TestKeystores() {
    }

    /** A keystore of {@code secret} under {@code password}, with its true pubkey. */
    static String encrypt(byte[] secret, String password, LightKdf kdf) {
        return encrypt(secret, password, kdf, publicKeyOf(secret));
    }

    /** A keystore whose {@code pubkey} field says {@code claimedPubkey}, whatever the secret. */
    static String encrypt(byte[] secret, String password, LightKdf kdf, BlsPublicKey claimedPubkey) {
        byte[] salt = random(32);
        byte[] iv = random(16);
        String kdfJson = switch (kdf) {
            case SCRYPT -> """
                    {"function": "scrypt", "params": {"dklen": 32, "n": 16, "r": 8, "p": 1, "salt": "%s"}, "message": ""}"""
                    .formatted(HEX.formatHex(salt));
            case PBKDF2 -> """
                    {"function": "pbkdf2", "params": {"dklen": 32, "c": 2, "prf": "hmac-sha256", "salt": "%s"}, "message": ""}"""
                    .formatted(HEX.formatHex(salt));
        };
        byte[] decryptionKey = kdf == LightKdf.SCRYPT
                ? SCrypt.generate(processPassword(password), salt, 16, 8, 1, 32)
                : pbkdf2(password, salt, 2);
        Encrypted encrypted = encryptWithKey(secret, decryptionKey, iv);
        return keystoreJson(kdfJson, encrypted, iv, claimedPubkey);
    }

    /** The cipher message and checksum of EIP-2335 for a given decryption key. */
    record Encrypted(byte[] cipherMessage, byte[] checksum) {
    }

    static Encrypted encryptWithKey(byte[] secret, byte[] decryptionKey, byte[] iv) {
        try {
            Cipher aes = Cipher.getInstance("AES/CTR/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(decryptionKey, 0, 16, "AES"), new IvParameterSpec(iv));
            byte[] cipherMessage = aes.doFinal(secret);
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(decryptionKey, 16, 16);
            return new Encrypted(cipherMessage, sha256.digest(cipherMessage));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** EIP-2335 password processing, written from the EIP text. */
    static byte[] processPassword(String password) {
        String normalized = Normalizer.normalize(password, Normalizer.Form.NFKD);
        StringBuilder kept = new StringBuilder();
        normalized.chars().filter(c -> !(c <= 0x1F || (c >= 0x7F && c <= 0x9F))).forEach(c -> kept.append((char) c));
        return kept.toString().getBytes(StandardCharsets.UTF_8);
    }

    static BlsPublicKey publicKeyOf(byte[] secret) {
        return new TestPluginContext(Path.of("unused")).blsSecretKeys().fromSecret(secret.clone(), "test").publicKey();
    }

    /** A fresh random valid secret (below the group order: the top byte is kept small). */
    static byte[] randomSecret() {
        byte[] secret = random(32);
        secret[0] &= 0x3f;
        return secret;
    }

    private static byte[] pbkdf2(String password, byte[] salt, int iterations) {
        try {
            String processed = new String(processPassword(password), StandardCharsets.UTF_8);
            PBEKeySpec spec = new PBEKeySpec(processed.toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String keystoreJson(String kdfJson, Encrypted encrypted, byte[] iv, BlsPublicKey pubkey) {
        return """
                {
                  "crypto": {
                    "kdf": %s,
                    "checksum": {"function": "sha256", "params": {}, "message": "%s"},
                    "cipher": {"function": "aes-128-ctr", "params": {"iv": "%s"}, "message": "%s"}
                  },
                  "description": "test keystore",
                  "pubkey": "%s",
                  "path": "",
                  "uuid": "%s",
                  "version": 4
                }
                """.formatted(kdfJson, HEX.formatHex(encrypted.checksum()), HEX.formatHex(iv),
                HEX.formatHex(encrypted.cipherMessage()), Hex.encode(pubkey.bytes()).substring(2),
                java.util.UUID.randomUUID());
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
