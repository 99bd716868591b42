package io.containment.runtime.http.wire;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A flat JSON object whose string values are secrets (passphrases, one-time tokens): parsed from the
 * request bytes straight into {@code char[]}, never into a {@link String}, so {@link #wipe()} can
 * erase them. Values are strings or integers; anything else, an unknown key, a duplicate key or
 * malformed JSON is a {@link MalformedRequestException} naming the problem (never the value).
 */
public final class FlatSecretJson implements AutoCloseable {
    private final Map<String, Object> values;

    private FlatSecretJson(Map<String, Object> values) {
        this.values = values;
    }

    /** Parses {@code body}; the caller still wipes {@code body}. */
    public static FlatSecretJson parse(byte[] body, Set<String> allowedKeys) {
        Map<String, Object> values = new LinkedHashMap<>();
        FlatSecretJson parsed = new FlatSecretJson(values);
        try {
            new Reader(body, allowedKeys, values).object();
            return parsed;
        } catch (RuntimeException e) {
            parsed.wipe();
            throw e;
        }
    }

    /** The string value of {@code key} (still owned here: wiped by {@link #wipe()}), or null when absent. */
    public char[] secret(String key) {
        Object value = values.get(key);
        if (value != null && !(value instanceof char[])) {
            throw MalformedRequestException.at(key, "must be a string");
        }
        return (char[]) value;
    }

    /** The integer value of {@code key}, or null when absent. */
    public Long integer(String key) {
        Object value = values.get(key);
        if (value != null && !(value instanceof Long)) {
            throw MalformedRequestException.at(key, "must be an integer");
        }
        return (Long) value;
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** Overwrites every string value. */
    public void wipe() {
        values.values().forEach(value -> {
            if (value instanceof char[] chars) {
                Arrays.fill(chars, '\0');
            }
        });
    }

    @Override
    public void close() {
        wipe();
    }

    /** A strict recursive-descent reader of one flat object over UTF-8 bytes. */
    private static final class Reader {
        private final byte[] in;
        private final Set<String> allowed;
        private final Map<String, Object> out;
        private int at;

        Reader(byte[] in, Set<String> allowed, Map<String, Object> out) {
            this.in = in;
            this.allowed = allowed;
            this.out = out;
        }

        void object() {
            space();
            expect('{');
            space();
            if (peek() == '}') {
                at++;
            } else {
                do {
                    space();
                    char[] keyChars = string();
                    String key = new String(keyChars);
                    if (!allowed.contains(key)) {
                        throw new MalformedRequestException("the request body has a field that is not one of " + allowed);
                    }
                    if (out.containsKey(key)) {
                        throw MalformedRequestException.at(key, "appears twice");
                    }
                    space();
                    expect(':');
                    space();
                    out.put(key, value(key));
                    space();
                } while (take(','));
                expect('}');
            }
            space();
            if (at != in.length) {
                throw new MalformedRequestException("the request body has content after the JSON object");
            }
        }

        private Object value(String key) {
            int c = peek();
            if (c == '"') {
                return string();
            }
            if (c == '-' || (c >= '0' && c <= '9')) {
                return integer(key);
            }
            throw MalformedRequestException.at(key, "must be a string or an integer");
        }

        private Long integer(String key) {
            int start = at;
            if (peek() == '-') {
                at++;
            }
            while (at < in.length && in[at] >= '0' && in[at] <= '9') {
                at++;
            }
            if (at < in.length && (in[at] == '.' || in[at] == 'e' || in[at] == 'E')) {
                throw MalformedRequestException.at(key, "must be an integer");
            }
            String digits = new String(in, start, at - start, java.nio.charset.StandardCharsets.US_ASCII);
            try {
                return Long.parseLong(digits);
            } catch (NumberFormatException e) {
                throw MalformedRequestException.at(key, "must be an integer");
            }
        }

        private char[] string() {
            expect('"');
            char[] buffer = new char[Math.max(16, in.length - at)];
            int length = 0;
            try {
                while (true) {
                    if (at >= in.length) {
                        throw new MalformedRequestException("the request body is not valid JSON (unterminated string)");
                    }
                    int b = in[at++] & 0xff;
                    if (b == '"') {
                        return Arrays.copyOf(buffer, length);
                    }
                    if (b == '\\') {
                        length = escape(buffer, length);
                    } else if (b < 0x20) {
                        throw new MalformedRequestException("the request body is not valid JSON (control character in a string)");
                    } else if (b < 0x80) {
                        buffer[length++] = (char) b;
                    } else {
                        length = utf8(b, buffer, length);
                    }
                }
            } finally {
                Arrays.fill(buffer, '\0');
            }
        }

        private int escape(char[] buffer, int length) {
            if (at >= in.length) {
                throw new MalformedRequestException("the request body is not valid JSON (bad escape)");
            }
            int e = in[at++];
            char c = switch (e) {
                case '"' -> '"';
                case '\\' -> '\\';
                case '/' -> '/';
                case 'b' -> '\b';
                case 'f' -> '\f';
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 't' -> '\t';
                case 'u' -> unicode();
                default -> throw new MalformedRequestException("the request body is not valid JSON (bad escape)");
            };
            buffer[length] = c;
            return length + 1;
        }

        private char unicode() {
            if (at + 4 > in.length) {
                throw new MalformedRequestException("the request body is not valid JSON (bad \\u escape)");
            }
            int value = 0;
            for (int i = 0; i < 4; i++) {
                int digit = Character.digit(in[at++], 16);
                if (digit < 0) {
                    throw new MalformedRequestException("the request body is not valid JSON (bad \\u escape)");
                }
                value = value * 16 + digit;
            }
            return (char) value;
        }

        /** Decodes one multi-byte UTF-8 sequence starting with {@code lead}. */
        private int utf8(int lead, char[] buffer, int length) {
            int extra;
            int codePoint;
            if (lead >= 0xc2 && lead <= 0xdf) {
                extra = 1;
                codePoint = lead & 0x1f;
            } else if (lead >= 0xe0 && lead <= 0xef) {
                extra = 2;
                codePoint = lead & 0x0f;
            } else if (lead >= 0xf0 && lead <= 0xf4) {
                extra = 3;
                codePoint = lead & 0x07;
            } else {
                throw new MalformedRequestException("the request body is not valid UTF-8");
            }
            for (int i = 0; i < extra; i++) {
                if (at >= in.length || (in[at] & 0xc0) != 0x80) {
                    throw new MalformedRequestException("the request body is not valid UTF-8");
                }
                codePoint = (codePoint << 6) | (in[at++] & 0x3f);
            }
            if ((extra == 2 && (codePoint < 0x800 || (codePoint >= 0xd800 && codePoint <= 0xdfff)))
                    || (extra == 3 && (codePoint < 0x10000 || codePoint > 0x10ffff))) {
                throw new MalformedRequestException("the request body is not valid UTF-8");
            }
            return length + Character.toChars(codePoint, buffer, length);
        }

        private void space() {
            while (at < in.length && (in[at] == ' ' || in[at] == '\t' || in[at] == '\n' || in[at] == '\r')) {
                at++;
            }
        }

        private int peek() {
            return at < in.length ? in[at] & 0xff : -1;
        }

        private boolean take(char c) {
            if (peek() == c) {
                at++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!take(c)) {
                throw new MalformedRequestException(at >= in.length ? "the request body is empty or incomplete: a JSON object "
                        + "is expected" : "the request body is not a flat JSON object (expected '" + c + "')");
            }
        }
    }
}
