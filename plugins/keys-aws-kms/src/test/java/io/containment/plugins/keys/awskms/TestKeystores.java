package io.containment.plugins.keys.awskms;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.keys.InvalidKeystoreException;
import io.containment.api.keys.Keystores;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A test stand-in for the runtime's keystore decryption (plugin tests cannot use the runtime):
 * PBKDF2 EIP-2335 keystores only, with the JDK. Also writes light PBKDF2 keystores (c = 2).
 * The runtime's own implementation is tested against the EIP-2335 vectors in the runtime.
 */
final class TestKeystores implements Keystores {
    private static final HexFormat HEX = HexFormat.of();

    @Override
    public DecryptedKeystore decrypt(byte[] keystoreJson, byte[] password) {
        JsonObject keystore = Json.createReader(new ByteArrayInputStream(keystoreJson)).readObject();
        JsonObject crypto = keystore.getJsonObject("crypto");
        JsonObject params = crypto.getJsonObject("kdf").getJsonObject("params");
        try {
            byte[] key = pbkdf2(password, HEX.parseHex(params.getString("salt")), params.getInt("c"));
            byte[] message = HEX.parseHex(crypto.getJsonObject("cipher").getString("message"));
            if (!MessageDigest.isEqual(checksum(key, message), HEX.parseHex(crypto.getJsonObject("checksum").getString("message")))) {
                throw new InvalidKeystoreException("checksum mismatch: wrong password or damaged keystore");
            }
            byte[] secret = aesCtr(key, HEX.parseHex(crypto.getJsonObject("cipher").getJsonObject("params").getString("iv")), message);
            BlsPublicKey pubkey = KmsTestbed.publicKeyOf(secret);
            if (!pubkey.equals(BlsPublicKey.fromHex("0x" + keystore.getString("pubkey")))) {
                throw new InvalidKeystoreException("pubkey mismatch");
            }
            return new DecryptedKeystore(pubkey, secret);
        } catch (InvalidKeystoreException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PBKDF2 keystore (c = 2) of {@code secret} under {@code password}. */
    static String create(byte[] secret, String password) throws Exception {
        byte[] salt = new byte[32];
        byte[] iv = new byte[16];
        new SecureRandom().nextBytes(salt);
        new SecureRandom().nextBytes(iv);
        byte[] key = pbkdf2(password.getBytes(StandardCharsets.UTF_8), salt, 2);
        byte[] message = aesCtr(key, iv, secret);
        return Json.createObjectBuilder()
                .add("crypto", Json.createObjectBuilder()
                        .add("kdf", Json.createObjectBuilder().add("function", "pbkdf2").add("message", "")
                                .add("params", Json.createObjectBuilder().add("dklen", 32).add("c", 2).add("prf", "hmac-sha256")
                                        .add("salt", HEX.formatHex(salt))))
                        .add("checksum", Json.createObjectBuilder().add("function", "sha256").add("params", Json.createObjectBuilder())
                                .add("message", HEX.formatHex(checksum(key, message))))
                        .add("cipher", Json.createObjectBuilder().add("function", "aes-128-ctr")
                                .add("params", Json.createObjectBuilder().add("iv", HEX.formatHex(iv)))
                                .add("message", HEX.formatHex(message))))
                .add("pubkey", KmsTestbed.publicKeyOf(secret).toString().substring(2))
                .add("path", "m/12381/3600/0/0/0").add("uuid", UUID.randomUUID().toString()).add("version", 4)
                .build().toString();
    }

    private static byte[] pbkdf2(byte[] password, byte[] salt, int iterations) throws Exception {
        String text = new String(password, StandardCharsets.UTF_8);
        char[] processed = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("[\\x00-\\x1f\\x7f-\\x9f]", "").toCharArray();
        return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(processed, salt, iterations, 256)).getEncoded();
    }

    private static byte[] checksum(byte[] key, byte[] message) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(key, 16, 16);
        return sha256.digest(message);
    }

    private static byte[] aesCtr(byte[] key, byte[] iv, byte[] input) throws Exception {
        Cipher cipher = Cipher.getInstance("AES/CTR/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, 0, 16, "AES"), new IvParameterSpec(iv));
        return cipher.doFinal(input);
    }
}
