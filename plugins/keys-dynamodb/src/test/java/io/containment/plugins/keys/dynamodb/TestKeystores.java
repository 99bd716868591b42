package io.containment.plugins.keys.dynamodb;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.keys.InvalidKeystoreException;
import io.containment.api.keys.Keystores;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import supranational.blst.P1;
import supranational.blst.SecretKey;

/**
 * A test stand-in for the runtime's keystore decryption (plugin tests cannot use the runtime):
 * PBKDF2 EIP-2335 keystores with ASCII passwords only, with the JDK and jblst. Malformed input is
 * an {@link InvalidKeystoreException}, as in the runtime. The runtime's own implementation is
 * tested against the EIP-2335 vectors in the runtime.
 */
final class TestKeystores implements Keystores {
    private static final HexFormat HEX = HexFormat.of();

    @Override
    public DecryptedKeystore decrypt(byte[] keystoreJson, byte[] password) {
        JsonObject crypto;
        JsonObject keystore;
        try {
            JsonValue root = Json.createReader(new ByteArrayInputStream(keystoreJson)).readValue();
            if (!(root instanceof JsonObject object) || !object.containsKey("crypto")) {
                throw new InvalidKeystoreException("not an EIP-2335 keystore: crypto is missing");
            }
            keystore = object;
            crypto = keystore.getJsonObject("crypto");
        } catch (JsonException | ClassCastException e) {
            throw new InvalidKeystoreException("not JSON");
        }
        try {
            JsonObject params = crypto.getJsonObject("kdf").getJsonObject("params");
            char[] chars = new String(password, StandardCharsets.US_ASCII).toCharArray();
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(chars, HEX.parseHex(params.getString("salt")), params.getInt("c"), 256))
                    .getEncoded();
            byte[] message = HEX.parseHex(crypto.getJsonObject("cipher").getString("message"));
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(key, 16, 16);
            if (!MessageDigest.isEqual(sha256.digest(message), HEX.parseHex(crypto.getJsonObject("checksum").getString("message")))) {
                throw new InvalidKeystoreException("checksum mismatch: wrong password or damaged keystore");
            }
            Cipher aes = Cipher.getInstance("AES/CTR/NoPadding");
            aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, 0, 16, "AES"),
                    new IvParameterSpec(HEX.parseHex(crypto.getJsonObject("cipher").getJsonObject("params").getString("iv"))));
            byte[] secret = aes.doFinal(message);
            SecretKey blst = new SecretKey();
            blst.from_bendian(secret);
            BlsPublicKey publicKey = new BlsPublicKey(new P1(blst).compress());
            if (!publicKey.equals(BlsPublicKey.fromHex("0x" + keystore.getString("pubkey")))) {
                throw new InvalidKeystoreException("the keystore's pubkey is not its secret's");
            }
            return new DecryptedKeystore(publicKey, secret);
        } catch (InvalidKeystoreException e) {
            throw e;
        } catch (Exception e) {
            throw new InvalidKeystoreException("unusable keystore: " + e.getClass().getSimpleName());
        }
    }
}
