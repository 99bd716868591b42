package io.containment.distribution;

import jakarta.json.Json;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/** Writes a light EIP-2335 keystore (PBKDF2-HMAC-SHA256, c = 16) with the JDK, for ASCII passwords. */
final class Eip2335Writer {
    private static final HexFormat HEX = HexFormat.of();

    private Eip2335Writer() {
    }

    static String pbkdf2(byte[] secret, String pubkey, String password) throws Exception {
        byte[] salt = new byte[32];
        byte[] iv = new byte[16];
        new SecureRandom().nextBytes(salt);
        new SecureRandom().nextBytes(iv);
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 16, 256)).getEncoded();
        Cipher aes = Cipher.getInstance("AES/CTR/NoPadding");
        aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, 0, 16, "AES"), new IvParameterSpec(iv));
        byte[] message = aes.doFinal(secret);
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(key, 16, 16);
        byte[] checksum = sha256.digest(message);
        return Json.createObjectBuilder()
                .add("crypto", Json.createObjectBuilder()
                        .add("kdf", Json.createObjectBuilder().add("function", "pbkdf2").add("message", "")
                                .add("params", Json.createObjectBuilder().add("dklen", 32).add("c", 16)
                                        .add("prf", "hmac-sha256").add("salt", HEX.formatHex(salt))))
                        .add("checksum", Json.createObjectBuilder().add("function", "sha256")
                                .add("params", Json.createObjectBuilder()).add("message", HEX.formatHex(checksum)))
                        .add("cipher", Json.createObjectBuilder().add("function", "aes-128-ctr")
                                .add("params", Json.createObjectBuilder().add("iv", HEX.formatHex(iv)))
                                .add("message", HEX.formatHex(message))))
                .add("pubkey", pubkey.substring(2)).add("path", "m/12381/3600/0/0/0")
                .add("uuid", UUID.randomUUID().toString()).add("version", 4)
                .build().toString();
    }
}
