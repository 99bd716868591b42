package io.containment.runtime.auth;

import io.containment.api.auth.TokenHash;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 of tokens under the hash key. Thread-safe; about a microsecond per token. */
public final class TokenHasher {
    private static final String ALGORITHM = "HmacSHA256";
    private final Mac prototype;

    /** @param key the hash key; wiped by this constructor */
    public TokenHasher(byte[] key) {
        try {
            prototype = Mac.getInstance(ALGORITHM);
            prototype.init(new SecretKeySpec(key, ALGORITHM));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** The stored form of {@code token} (ASCII bytes; not modified). */
    public TokenHash hash(byte[] token) {
        try {
            Mac mac = (Mac) prototype.clone();
            return TokenHash.of(mac.doFinal(token));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("HmacSHA256 cannot be cloned", e);
        }
    }
}
