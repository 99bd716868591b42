package io.containment.runtime.keystore;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.keys.InvalidKeystoreException;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.util.HexFormat;

/**
 * A parsed EIP-2335 version-4 keystore; nothing here is secret.
 *
 * @param kdf           "scrypt" or "pbkdf2"
 * @param kdfParams     the KDF's parameters (validated by {@link #deriveKey})
 * @param checksum      sha256(decryption_key[16:32] ‖ cipher_message)
 * @param iv            AES-128-CTR IV, 16 bytes
 * @param cipherMessage the encrypted 32-byte secret
 * @param pubkey        the public key the secret must have
 */
record KeystoreFile(String kdf, JsonObject kdfParams, byte[] checksum, byte[] iv, byte[] cipherMessage, BlsPublicKey pubkey) {
    private static final int MAX_SCRYPT_N = 1 << 24;

    static KeystoreFile parse(byte[] json) {
        JsonObject root = read(json);
        if (integer(root, "version") != 4) {
            throw new InvalidKeystoreException("keystore version " + root.get("version") + " is not supported (only 4, EIP-2335)");
        }
        BlsPublicKey pubkey = new BlsPublicKey(hex(root, "pubkey", BlsPublicKey.LENGTH));
        JsonObject crypto = object(root, "crypto");
        JsonObject kdf = object(crypto, "kdf");
        JsonObject checksum = object(crypto, "checksum");
        JsonObject cipher = object(crypto, "cipher");
        expect(checksum, "sha256");
        expect(cipher, "aes-128-ctr");
        return new KeystoreFile(string(kdf, "function"), object(kdf, "params"), hex(checksum, "message", 32),
                hex(object(cipher, "params"), "iv", 16), hex(cipher, "message", 32), pubkey);
    }

    /** The 32-byte decryption key; the caller wipes it. */
    byte[] deriveKey(byte[] processedPassword) {
        if (integer(kdfParams, "dklen") != 32) {
            throw new InvalidKeystoreException("crypto.kdf.params.dklen must be 32");
        }
        byte[] salt = hex(kdfParams, "salt", -1);
        return switch (kdf) {
            case "scrypt" -> {
                int n = integer(kdfParams, "n");
                int r = integer(kdfParams, "r");
                int p = integer(kdfParams, "p");
                if (n < 2 || n > MAX_SCRYPT_N || Integer.bitCount(n) != 1 || r < 1 || r > 64 || p < 1 || p > 64) {
                    throw new InvalidKeystoreException("crypto.kdf.params: scrypt n must be a power of 2 up to 2^24, r and p 1 to 64");
                }
                yield Scrypt.derive(processedPassword, salt, n, r, p, 32);
            }
            case "pbkdf2" -> {
                if (!"hmac-sha256".equals(string(kdfParams, "prf")) || integer(kdfParams, "c") < 1) {
                    throw new InvalidKeystoreException("crypto.kdf.params: pbkdf2 needs prf hmac-sha256 and c ≥ 1");
                }
                yield Pbkdf2.derive(processedPassword, salt, integer(kdfParams, "c"), 32);
            }
            default -> throw new InvalidKeystoreException("crypto.kdf.function '" + kdf + "' is not supported (scrypt or pbkdf2)");
        };
    }

    private static JsonObject read(byte[] json) {
        try (JsonReader reader = new org.eclipse.parsson.JsonProviderImpl().createReader(new ByteArrayInputStream(json))) {
            if (reader.readValue() instanceof JsonObject object) {
                return object;
            }
            throw new InvalidKeystoreException("a keystore is a JSON object");
        } catch (JsonException e) {
            throw new InvalidKeystoreException("not valid JSON");
        }
    }

    private static void expect(JsonObject section, String function) {
        if (!function.equals(string(section, "function"))) {
            throw new InvalidKeystoreException("function '" + string(section, "function") + "' is not supported (only " + function + ")");
        }
    }

    private static JsonObject object(JsonObject parent, String name) {
        if (parent.get(name) instanceof JsonObject object) {
            return object;
        }
        throw new InvalidKeystoreException(name + " is missing or not an object");
    }

    private static String string(JsonObject parent, String name) {
        if (parent.get(name) instanceof JsonString text) {
            return text.getString();
        }
        throw new InvalidKeystoreException(name + " is missing or not a string");
    }

    private static int integer(JsonObject parent, String name) {
        JsonValue value = parent.get(name);
        if (value instanceof JsonNumber number && number.isIntegral()) {
            return number.intValueExact();
        }
        throw new InvalidKeystoreException(name + " is missing or not an integer");
    }

    private static byte[] hex(JsonObject parent, String name, int length) {
        String text = string(parent, name);
        try {
            byte[] bytes = HexFormat.of().parseHex(text.startsWith("0x") ? text.substring(2) : text);
            if (length >= 0 && bytes.length != length) {
                throw new InvalidKeystoreException(name + " must be " + length + " bytes");
            }
            return bytes;
        } catch (IllegalArgumentException e) {
            throw new InvalidKeystoreException(name + " is not hex");
        }
    }
}
