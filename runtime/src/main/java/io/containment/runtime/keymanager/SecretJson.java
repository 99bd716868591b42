package io.containment.runtime.keymanager;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader for the Key Manager request bodies that never turns a string value into a
 * {@link String}: passwords (and keystores) stay UTF-8 byte arrays the caller wipes. Member names
 * are Strings (they are not secret). Errors name the offset and the problem, never the content.
 */
final class SecretJson {
    private static final int MAX_DEPTH = 32;
    private final byte[] in;
    private int at;

    /** A parsed value. */
    sealed interface Value {
    }

    /** A string, as UTF-8 bytes (wipe when done). */
    record Text(byte[] utf8) implements Value {
        void wipe() {
            Arrays.fill(utf8, (byte) 0);
        }
    }

    /** An array. */
    record Items(List<Value> values) implements Value {
    }

    /** An object; a repeated member name keeps the last value. */
    record Members(Map<String, Value> values) implements Value {
    }

    /** A number, {@code true}, {@code false} or {@code null}, as written. */
    record Literal(String text) implements Value {
    }

    private SecretJson(byte[] in) {
        this.in = in;
    }

    /** Parses one JSON document. */
    static Value parse(byte[] json) throws KeyManagerRequestException {
        SecretJson reader = new SecretJson(json);
        Value value = reader.value(0);
        reader.skipSpace();
        if (reader.at != json.length) {
            throw reader.fail("unexpected content after the JSON value");
        }
        return value;
    }

    /** Wipes every string inside {@code value}. */
    static void wipe(Value value) {
        switch (value) {
            case Text text -> text.wipe();
            case Items items -> items.values().forEach(SecretJson::wipe);
            case Members members -> members.values().values().forEach(SecretJson::wipe);
            case Literal literal -> { }
        }
    }

    private Value value(int depth) throws KeyManagerRequestException {
        if (depth > MAX_DEPTH) {
            throw fail("nested deeper than " + MAX_DEPTH);
        }
        skipSpace();
        if (at >= in.length) {
            throw fail("unexpected end of the body");
        }
        return switch (in[at]) {
            case '{' -> members(depth);
            case '[' -> items(depth);
            case '"' -> new Text(text());
            default -> literal();
        };
    }

    private Members members(int depth) throws KeyManagerRequestException {
        Map<String, Value> values = new LinkedHashMap<>();
        at++;
        skipSpace();
        if (peek() == '}') {
            at++;
            return new Members(values);
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw fail("expected a member name");
            }
            byte[] name = text();
            skipSpace();
            expect(':');
            Value previous = values.put(new String(name, java.nio.charset.StandardCharsets.UTF_8), value(depth + 1));
            if (previous != null) {
                wipe(previous);
            }
            skipSpace();
            if (peek() == ',') {
                at++;
            } else {
                expect('}');
                return new Members(values);
            }
        }
    }

    private Items items(int depth) throws KeyManagerRequestException {
        List<Value> values = new ArrayList<>();
        at++;
        skipSpace();
        if (peek() == ']') {
            at++;
            return new Items(values);
        }
        while (true) {
            values.add(value(depth + 1));
            skipSpace();
            if (peek() == ',') {
                at++;
            } else {
                expect(']');
                return new Items(values);
            }
        }
    }

    private Literal literal() throws KeyManagerRequestException {
        int start = at;
        while (at < in.length && (Character.isLetterOrDigit(in[at]) || in[at] == '-' || in[at] == '+' || in[at] == '.')) {
            at++;
        }
        String text = new String(in, start, at - start, java.nio.charset.StandardCharsets.US_ASCII);
        if (!text.matches("true|false|null|-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
            throw fail("not a JSON value");
        }
        return new Literal(text);
    }

    /** A string's content as UTF-8; the growing buffer is wiped whenever it is replaced. */
    private byte[] text() throws KeyManagerRequestException {
        at++; // opening quote
        byte[] out = new byte[64];
        int length = 0;
        try {
            while (true) {
                if (at >= in.length) {
                    throw fail("unterminated string");
                }
                byte b = in[at++];
                if (b == '"') {
                    return Arrays.copyOf(out, length);
                }
                if ((b & 0xff) < 0x20) {
                    throw fail("control character in a string");
                }
                if (length + 4 > out.length) {
                    byte[] bigger = Arrays.copyOf(out, out.length * 2);
                    Arrays.fill(out, (byte) 0);
                    out = bigger;
                }
                if (b != '\\') {
                    out[length++] = b;
                } else {
                    length = escape(out, length);
                }
            }
        } finally {
            Arrays.fill(out, (byte) 0);
        }
    }

    private int escape(byte[] out, int length) throws KeyManagerRequestException {
        if (at >= in.length) {
            throw fail("unterminated escape");
        }
        byte e = in[at++];
        switch (e) {
            case '"', '\\', '/' -> out[length++] = e;
            case 'b' -> out[length++] = '\b';
            case 'f' -> out[length++] = '\f';
            case 'n' -> out[length++] = '\n';
            case 'r' -> out[length++] = '\r';
            case 't' -> out[length++] = '\t';
            case 'u' -> length = codePoint(out, length, unicodeEscape());
            default -> throw fail("invalid escape");
        }
        return length;
    }

    private int unicodeEscape() throws KeyManagerRequestException {
        int high = hex4();
        if (Character.isHighSurrogate((char) high)) {
            if (at + 1 < in.length && in[at] == '\\' && in[at + 1] == 'u') {
                at += 2;
                int low = hex4();
                if (Character.isLowSurrogate((char) low)) {
                    return Character.toCodePoint((char) high, (char) low);
                }
            }
            throw fail("unpaired surrogate in a \\u escape");
        }
        if (Character.isLowSurrogate((char) high)) {
            throw fail("unpaired surrogate in a \\u escape");
        }
        return high;
    }

    private int hex4() throws KeyManagerRequestException {
        if (at + 4 > in.length) {
            throw fail("short \\u escape");
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(in[at++], 16);
            if (digit < 0) {
                throw fail("invalid \\u escape");
            }
            value = value * 16 + digit;
        }
        return value;
    }

    private static int codePoint(byte[] out, int length, int cp) {
        if (cp < 0x80) {
            out[length++] = (byte) cp;
        } else if (cp < 0x800) {
            out[length++] = (byte) (0xc0 | cp >> 6);
            out[length++] = (byte) (0x80 | cp & 0x3f);
        } else if (cp < 0x10000) {
            out[length++] = (byte) (0xe0 | cp >> 12);
            out[length++] = (byte) (0x80 | cp >> 6 & 0x3f);
            out[length++] = (byte) (0x80 | cp & 0x3f);
        } else {
            out[length++] = (byte) (0xf0 | cp >> 18);
            out[length++] = (byte) (0x80 | cp >> 12 & 0x3f);
            out[length++] = (byte) (0x80 | cp >> 6 & 0x3f);
            out[length++] = (byte) (0x80 | cp & 0x3f);
        }
        return length;
    }

    private int peek() {
        return at < in.length ? in[at] : -1;
    }

    private void expect(char c) throws KeyManagerRequestException {
        if (peek() != c) {
            throw fail("expected '" + c + "'");
        }
        at++;
    }

    private void skipSpace() {
        while (at < in.length && (in[at] == ' ' || in[at] == '\t' || in[at] == '\n' || in[at] == '\r')) {
            at++;
        }
    }

    private KeyManagerRequestException fail(String problem) {
        return new KeyManagerRequestException("body is not valid JSON: " + problem + " at offset " + at);
    }
}
