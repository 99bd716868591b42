package io.containment.plugins.keys.filesystem;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Strict UTF-8 between byte and char arrays without passing through a String, so secret text
 * can be wiped. Buffers are sized so the coders never reallocate (and so never leave copies).
 */
final class Utf8 {
    private Utf8() {
    }

    /** Decodes {@code bytes[0, length)}; malformed input fails. The caller wipes both arrays. */
    static char[] decode(byte[] bytes, int length) throws CharacterCodingException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        char[] buffer = new char[length]; // UTF-8 never yields more chars than bytes
        try {
            CharBuffer out = CharBuffer.wrap(buffer);
            check(decoder.decode(ByteBuffer.wrap(bytes, 0, length), out, true));
            check(decoder.flush(out));
            return Arrays.copyOf(buffer, out.position());
        } finally {
            Wipe.chars(buffer);
        }
    }

    /** Encodes {@code chars[0, length)}; unpaired surrogates fail. The caller wipes both arrays. */
    static byte[] encode(char[] chars, int length) throws CharacterCodingException {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        byte[] buffer = new byte[length * 3]; // at most 3 bytes per char (4 per surrogate pair)
        try {
            ByteBuffer out = ByteBuffer.wrap(buffer);
            check(encoder.encode(CharBuffer.wrap(chars, 0, length), out, true));
            check(encoder.flush(out));
            return Arrays.copyOf(buffer, out.position());
        } finally {
            Wipe.bytes(buffer);
        }
    }

    private static void check(CoderResult result) throws CharacterCodingException {
        if (result.isError() || result.isOverflow()) {
            result.throwException();
        }
    }
}
