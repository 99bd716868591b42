package io.containment.runtime.keystore;

import io.containment.api.keys.InvalidKeystoreException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;

/**
 * EIP-2335 password processing: UTF-8 → NFKD → without C0 controls, DEL and C1 controls → UTF-8.
 * The JDK's {@link Normalizer} returns a String, so a password not already in NFKD passes through
 * one String that cannot be wiped; passwords already in NFKD never do.
 */
final class PasswordProcessing {
    private PasswordProcessing() {
    }

    static byte[] process(byte[] utf8) {
        char[] decoded = null;
        char[] normalized = null;
        char[] kept = null;
        try {
            decoded = decode(utf8);
            CharBuffer view = CharBuffer.wrap(decoded);
            normalized = Normalizer.isNormalized(view, Normalizer.Form.NFKD) ? decoded.clone()
                    : Normalizer.normalize(view, Normalizer.Form.NFKD).toCharArray();
            kept = new char[normalized.length];
            int count = 0;
            for (char c : normalized) {
                if (!(c <= 0x1F || (c >= 0x7F && c <= 0x9F))) {
                    kept[count++] = c;
                }
            }
            return encode(kept, count);
        } finally {
            wipe(decoded);
            wipe(normalized);
            wipe(kept);
        }
    }

    private static char[] decode(byte[] utf8) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(utf8));
            char[] result = Arrays.copyOf(chars.array(), chars.limit());
            Arrays.fill(chars.array(), '\0');
            return result;
        } catch (CharacterCodingException e) {
            throw new InvalidKeystoreException("the password is not valid UTF-8");
        }
    }

    private static byte[] encode(char[] chars, int length) {
        try {
            ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(chars, 0, length));
            byte[] result = Arrays.copyOf(bytes.array(), bytes.limit());
            Arrays.fill(bytes.array(), (byte) 0);
            return result;
        } catch (CharacterCodingException e) {
            throw new InvalidKeystoreException("the password cannot be encoded as UTF-8");
        }
    }

    private static void wipe(char[] chars) {
        if (chars != null) {
            Arrays.fill(chars, '\0');
        }
    }
}
