package io.containment.plugins.keys.filesystem;

import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.text.Normalizer;

/**
 * EIP-2335 password processing: NFKD, then strip the C0 controls U+0000–U+001F, DEL U+007F and
 * the C1 controls U+0080–U+009F, then UTF-8. The result is the KDF input.
 *
 * <p>The JDK's {@link Normalizer} only returns a String, so a password that is not already in
 * NFKD (anything beyond plain ASCII and pre-decomposed text) passes through one String that
 * cannot be wiped. Passwords already in NFKD — checked without copying — never do.
 */
final class KeystorePassword {
    /** A password file larger than this is certainly not a password. */
    static final int MAX_FILE_BYTES = 64 * 1024;

    private KeystorePassword() {
    }

    /** Reads a password file (UTF-8, trailing newlines and CRs stripped) and processes it. */
    static byte[] fromFile(Path file) throws KeyFileException {
        byte[] content = KeyFiles.read(file, MAX_FILE_BYTES, "password file");
        try {
            int length = content.length;
            while (length > 0 && (content[length - 1] == '\n' || content[length - 1] == '\r')) {
                length--;
            }
            return process(content, length);
        } finally {
            Wipe.bytes(content);
        }
    }

    /** Processes the UTF-8 password in {@code utf8[0, length)}; the caller wipes {@code utf8}. */
    static byte[] process(byte[] utf8, int length) throws KeyFileException {
        char[] password = null;
        try {
            password = Utf8.decode(utf8, length);
            return process(password);
        } catch (CharacterCodingException e) {
            throw new KeyFileException("the password is not valid UTF-8");
        } finally {
            Wipe.chars(password);
        }
    }

    /** Processes a password; the caller wipes {@code password}. */
    static byte[] process(char[] password) throws KeyFileException {
        char[] normalized = null;
        char[] kept = null;
        try {
            normalized = nfkd(password);
            kept = new char[normalized.length];
            int count = 0;
            for (char c : normalized) {
                if (!isControl(c)) {
                    kept[count++] = c;
                }
            }
            return Utf8.encode(kept, count);
        } catch (CharacterCodingException e) {
            throw new KeyFileException("the password cannot be encoded as UTF-8");
        } finally {
            Wipe.chars(normalized, kept);
        }
    }

    private static char[] nfkd(char[] password) {
        CharBuffer view = CharBuffer.wrap(password);
        if (Normalizer.isNormalized(view, Normalizer.Form.NFKD)) {
            return password.clone();
        }
        return Normalizer.normalize(view, Normalizer.Form.NFKD).toCharArray(); // the one unwipeable copy
    }

    private static boolean isControl(char c) {
        return c <= 0x1F || (c >= 0x7F && c <= 0x9F);
    }
}
