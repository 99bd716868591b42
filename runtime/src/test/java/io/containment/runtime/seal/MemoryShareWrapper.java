package io.containment.runtime.seal;

import io.containment.api.seal.ShareWrapper;
import io.containment.api.seal.ShareWrapperException;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** A KMS stand-in: one AES-GCM key per key id, the context as associated data; keys can be made unavailable. */
final class MemoryShareWrapper implements ShareWrapper {
    private final Map<String, byte[]> keys = new HashMap<>();
    private final Set<String> unavailable = new HashSet<>();
    private final SecureRandom random = new SecureRandom();
    int unwrapCalls;

    MemoryShareWrapper(String... keyIds) {
        for (String id : keyIds) {
            byte[] key = new byte[32];
            random.nextBytes(key);
            keys.put(id, key);
        }
    }

    void makeUnavailable(String keyId) {
        unavailable.add(keyId);
    }

    void makeAvailable(String keyId) {
        unavailable.remove(keyId);
    }

    @Override
    public byte[] wrap(String keyId, byte[] share, Map<String, String> context) {
        try {
            byte[] iv = new byte[12];
            random.nextBytes(iv);
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, keyId, iv, context).doFinal(share);
            byte[] out = new byte[12 + sealed.length];
            System.arraycopy(iv, 0, out, 0, 12);
            System.arraycopy(sealed, 0, out, 12, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new ShareWrapperException(keyId + ": " + e);
        }
    }

    @Override
    public byte[] unwrap(String keyId, byte[] wrapped, Map<String, String> context) {
        unwrapCalls++;
        try {
            byte[] iv = java.util.Arrays.copyOf(wrapped, 12);
            return cipher(Cipher.DECRYPT_MODE, keyId, iv, context).doFinal(wrapped, 12, wrapped.length - 12);
        } catch (GeneralSecurityException e) {
            throw new ShareWrapperException(keyId + ": the blob or context does not match");
        }
    }

    private Cipher cipher(int mode, String keyId, byte[] iv, Map<String, String> context) throws GeneralSecurityException {
        if (unavailable.contains(keyId) || !keys.containsKey(keyId)) {
            throw new ShareWrapperException("the key " + keyId + " is unavailable");
        }
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(keys.get(keyId), "AES"), new GCMParameterSpec(128, iv));
        cipher.updateAAD(new TreeMap<>(context).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return cipher;
    }

    @Override
    public void close() {
    }
}
