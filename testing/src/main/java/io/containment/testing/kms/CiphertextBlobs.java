package io.containment.testing.kms;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The fake's ciphertext blobs: {@code 0x01 ‖ len(keyId) ‖ keyId ‖ iv(12) ‖ AES-256-GCM(plaintext) ‖ tag(16)},
 * with the key id and the canonical encryption context as associated data. Like real KMS blobs they
 * name their key (so {@code Decrypt} needs no {@code KeyId}) and open only with the same context.
 */
final class CiphertextBlobs {
    private static final byte VERSION = 1;
    private static final int IV_LENGTH = 12;
    private static final int TAG_BITS = 128;
    private final SecureRandom random = new SecureRandom();

    byte[] seal(FakeKmsKey key, byte[] plaintext, Map<String, String> context) {
        byte[] keyId = key.keyId().getBytes(StandardCharsets.UTF_8);
        byte[] iv = new byte[IV_LENGTH];
        random.nextBytes(iv);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, key, iv, associatedData(keyId, context), plaintext);
        return ByteBuffer.allocate(2 + keyId.length + IV_LENGTH + sealed.length)
                .put(VERSION).put((byte) keyId.length).put(keyId).put(iv).put(sealed).array();
    }

    /** The key id a blob names, or {@code InvalidCiphertextException}. */
    String keyIdOf(byte[] blob) {
        if (blob.length < 2 + IV_LENGTH + TAG_BITS / 8 || blob[0] != VERSION
                || blob.length < 2 + (blob[1] & 0xff) + IV_LENGTH + TAG_BITS / 8) {
            throw KmsError.invalidCiphertext();
        }
        return new String(blob, 2, blob[1] & 0xff, StandardCharsets.UTF_8);
    }

    byte[] open(FakeKmsKey key, byte[] blob, Map<String, String> context) {
        int idLength = blob[1] & 0xff;
        byte[] keyId = Arrays.copyOfRange(blob, 2, 2 + idLength);
        byte[] iv = Arrays.copyOfRange(blob, 2 + idLength, 2 + idLength + IV_LENGTH);
        byte[] sealed = Arrays.copyOfRange(blob, 2 + idLength + IV_LENGTH, blob.length);
        return crypt(Cipher.DECRYPT_MODE, key, iv, associatedData(keyId, context), sealed);
    }

    private static byte[] crypt(int mode, FakeKmsKey key, byte[] iv, byte[] associatedData, byte[] input) {
        byte[] material = key.material();
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(material, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData);
            return cipher.doFinal(input);
        } catch (javax.crypto.AEADBadTagException e) {
            throw KmsError.invalidCiphertext();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is in every JDK", e);
        } finally {
            Arrays.fill(material, (byte) 0);
        }
    }

    /** {@code keyId ‖ 0 ‖ (name ‖ 0 ‖ value ‖ 0)*} over the context sorted by name. */
    private static byte[] associatedData(byte[] keyId, Map<String, String> context) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(context).forEach((name, value) -> text.append(name).append('\0').append(value).append('\0'));
        byte[] pairs = text.toString().getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(keyId.length + 1 + pairs.length).put(keyId).put((byte) 0).put(pairs).array();
    }
}
