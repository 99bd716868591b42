package io.containment.plugins.keys.filesystem;

import io.containment.api.consensus.BlsPublicKey;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;

/**
 * Parses and validates an EIP-2335 keystore: version 4, every required field present and of the
 * right type and length, only the functions EIP-2335 defines (scrypt or PBKDF2-HMAC-SHA256,
 * dklen 32; sha256 checksum; aes-128-ctr). Unknown fields are ignored.
 */
final class KeystoreJson {
    /** Keystores are about 1 KiB. */
    static final int MAX_FILE_BYTES = 1024 * 1024;
    /** Parsson, created directly: no service lookup through the runtime's class loader. */
    private static final JsonProvider JSON = new org.eclipse.parsson.JsonProviderImpl();
    private static final int MAX_SCRYPT_N = 1 << 24;
    private static final int MAX_SCRYPT_R_OR_P = 64;

    private KeystoreJson() {
    }

    static Keystore parse(byte[] json) throws KeyFileException {
        JsonSection root = JsonSection.root(read(json));
        int version = root.integer("version");
        if (version != 4) {
            throw new KeyFileException("keystore version " + version + " is not supported (only 4, EIP-2335)");
        }
        root.string("uuid");
        String path = root.string("path");
        BlsPublicKey pubkey = new BlsPublicKey(root.hex("pubkey", BlsPublicKey.LENGTH));
        JsonSection crypto = root.object("crypto");
        Kdf kdf = kdf(crypto.object("kdf"));
        JsonSection checksum = crypto.object("checksum");
        checksum.function("sha256");
        checksum.object("params");
        JsonSection cipher = crypto.object("cipher");
        cipher.function("aes-128-ctr");
        byte[] iv = cipher.object("params").hex("iv", 16);
        return new Keystore(kdf, checksum.hex("message", 32), iv, cipher.hex("message", 32), pubkey, path);
    }

    /** Whether the bytes look like a keystore at all (a JSON object with {@code crypto}), for hints. */
    static boolean looksLikeKeystore(byte[] json) {
        try {
            return read(json) instanceof JsonObject object && object.containsKey("crypto");
        } catch (KeyFileException e) {
            return false;
        }
    }

    private static Kdf kdf(JsonSection kdf) throws KeyFileException {
        String function = kdf.string("function");
        JsonSection params = kdf.object("params");
        kdf.string("message");
        int dklen = params.integer("dklen");
        if (dklen != Kdf.DERIVED_KEY_LENGTH) {
            throw new KeyFileException(params.path("dklen") + " " + dklen + " is not supported (only 32)");
        }
        byte[] salt = params.hex("salt", -1);
        if (salt.length == 0) {
            throw new KeyFileException(params.path("salt") + " is empty");
        }
        return switch (function) {
            case "scrypt" -> scrypt(params, salt);
            case "pbkdf2" -> pbkdf2(params, salt);
            default -> throw new KeyFileException(kdf.path("function") + " " + JsonSection.quote(function)
                    + " is not supported (scrypt or pbkdf2)");
        };
    }

    private static Kdf scrypt(JsonSection params, byte[] salt) throws KeyFileException {
        int n = params.integer("n");
        int r = params.integer("r");
        int p = params.integer("p");
        if (n < 2 || n > MAX_SCRYPT_N || Integer.bitCount(n) != 1) {
            throw new KeyFileException(params.path("n") + " " + n + " must be a power of 2 from 2 to 2^24");
        }
        if (r < 1 || r > MAX_SCRYPT_R_OR_P || p < 1 || p > MAX_SCRYPT_R_OR_P) {
            throw new KeyFileException(params.path("r") + " and p must be from 1 to " + MAX_SCRYPT_R_OR_P);
        }
        return new Kdf.Scrypt(n, r, p, salt);
    }

    private static Kdf pbkdf2(JsonSection params, byte[] salt) throws KeyFileException {
        int c = params.integer("c");
        if (c < 1) {
            throw new KeyFileException(params.path("c") + " must be at least 1");
        }
        String prf = params.string("prf");
        if (!prf.equals("hmac-sha256")) {
            throw new KeyFileException(params.path("prf") + " " + JsonSection.quote(prf) + " is not supported (only hmac-sha256)");
        }
        return new Kdf.Pbkdf2(c, salt);
    }

    private static JsonValue read(byte[] json) throws KeyFileException {
        try (JsonReader reader = JSON.createReader(new ByteArrayInputStream(json))) {
            return reader.readValue();
        } catch (JsonException e) {
            throw new KeyFileException("not valid JSON (" + e.getMessage() + ")");
        }
    }
}
