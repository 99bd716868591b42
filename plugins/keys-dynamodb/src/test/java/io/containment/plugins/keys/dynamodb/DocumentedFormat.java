package io.containment.plugins.keys.dynamodb;

import io.containment.api.consensus.BlsPublicKey;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The item format as the README documents it, written here independently of the plugin's code
 * (plain JDK HMAC and AES-GCM, attribute names spelled out): items written with it must load, and
 * items the plugin writes must decrypt with it.
 */
final class DocumentedFormat {
    static final String INFO = "containment-chamber/keys-dynamodb/data-key/v1";
    private static final SecureRandom RANDOM = new SecureRandom();

    private DocumentedFormat() {
    }

    /** HKDF-SHA256 (RFC 5869) with no salt and the documented info, 32 bytes. */
    static byte[] dataKey(byte[] masterKey) throws Exception {
        Mac extract = Mac.getInstance("HmacSHA256");
        extract.init(new SecretKeySpec(new byte[32], "HmacSHA256"));
        byte[] prk = extract.doFinal(masterKey);
        Mac expand = Mac.getInstance("HmacSHA256");
        expand.init(new SecretKeySpec(prk, "HmacSHA256"));
        expand.update(INFO.getBytes(StandardCharsets.US_ASCII));
        expand.update((byte) 1);
        return expand.doFinal();
    }

    static byte[] aad(BlsPublicKey publicKey, int format) {
        byte[] aad = Arrays.copyOf(publicKey.bytes(), 49);
        aad[48] = (byte) format;
        return aad;
    }

    /** {nonce, ciphertext‖tag} of {@code secret} for the item of {@code aadKey} under {@code masterKey}. */
    static byte[][] encrypt(byte[] masterKey, BlsPublicKey aadKey, int format, byte[] secret) throws Exception {
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(dataKey(masterKey), "AES"), new GCMParameterSpec(128, nonce));
        cipher.updateAAD(aad(aadKey, format));
        return new byte[][] {nonce, cipher.doFinal(secret)};
    }

    static byte[] decrypt(byte[] masterKey, BlsPublicKey publicKey, int format, byte[] nonce, byte[] ciphertext) throws Exception {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(dataKey(masterKey), "AES"), new GCMParameterSpec(128, nonce));
        cipher.updateAAD(aad(publicKey, format));
        return cipher.doFinal(ciphertext);
    }

    /** An item as documented, status and revision given. */
    static Map<String, AttributeValue> item(byte[] masterKey, BlsPublicKey publicKey, byte[] secret, String status,
                                            long revision) throws Exception {
        byte[][] sealed = encrypt(masterKey, publicKey, 1, secret);
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pubkey", AttributeValue.fromS(publicKey.toHex()));
        item.put("status", AttributeValue.fromS(status));
        item.put("format", AttributeValue.fromN("1"));
        item.put("nonce", AttributeValue.fromB(SdkBytes.fromByteArray(sealed[0])));
        item.put("ciphertext", AttributeValue.fromB(SdkBytes.fromByteArray(sealed[1])));
        item.put("revision", AttributeValue.fromN(Long.toString(revision)));
        item.put("updated_at", AttributeValue.fromS(Instant.now().toString()));
        return item;
    }

    static void put(DynamoDbClient client, String table, Map<String, AttributeValue> item) {
        client.putItem(b -> b.tableName(table).item(item));
    }

    static void putActive(DynamoDbClient client, String table, byte[] masterKey, BlsPublicKey publicKey, byte[] secret)
            throws Exception {
        put(client, table, item(masterKey, publicKey, secret, "active", 1));
    }
}
