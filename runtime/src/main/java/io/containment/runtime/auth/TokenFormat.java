package io.containment.runtime.auth;

import io.containment.api.auth.TokenKind;
import java.security.SecureRandom;

/**
 * What a token looks like. Supplied tokens: 16–256 characters of {@code [A-Za-z0-9-]}. Generated
 * tokens: {@code ccm-} (management) or {@code ccc-} (client) and 43 characters drawn uniformly from
 * the 62 letters and digits by a CSPRNG: 43 × log2(62) ≈ 256.03 bits.
 */
public final class TokenFormat {
    /** Shortest token accepted. */
    public static final int MIN_LENGTH = 16;
    /** Longest token accepted. */
    public static final int MAX_LENGTH = 256;
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final int RANDOM_CHARACTERS = 43;

    private TokenFormat() {
    }

    /** Whether {@code token} (ASCII bytes) has the accepted form. */
    public static boolean isWellFormed(byte[] token) {
        if (token.length < MIN_LENGTH || token.length > MAX_LENGTH) {
            return false;
        }
        for (byte b : token) {
            boolean ok = (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** A new token as ASCII bytes (the caller wipes them once returned to the client). */
    public static byte[] generate(SecureRandom random, TokenKind kind) {
        String prefix = kind == TokenKind.MANAGEMENT ? "ccm-" : "ccc-";
        byte[] token = new byte[prefix.length() + RANDOM_CHARACTERS];
        for (int i = 0; i < prefix.length(); i++) {
            token[i] = (byte) prefix.charAt(i);
        }
        for (int i = prefix.length(); i < token.length; i++) {
            token[i] = (byte) ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return token;
    }
}
