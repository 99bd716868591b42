package io.containment.plugins.keys.filesystem;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Takes {@code privateKey} values out of key-config text before the YAML parser sees it: every
 * parser keeps scalars as Strings, which cannot be wiped. Each single-line value after a
 * {@code privateKey:} key (plain, 'single' or "double" quoted, on the key's line or the next
 * more-indented one) is replaced by a random placeholder and kept in a char array until taken.
 *
 * <p>Values in other YAML forms (block scalars, anchors, tags) are left alone; the file reader
 * then refuses them, but the parser will have held them in a String.
 */
final class PrivateKeyMasking implements AutoCloseable {
    private static final String KEY = "privatekey";
    private final String text;
    private final Map<String, char[]> values;

    private PrivateKeyMasking(String text, Map<String, char[]> values) {
        this.text = text;
        this.values = values;
    }

    /** Masks the text; the caller wipes {@code source}. */
    static PrivateKeyMasking mask(char[] source) {
        String prefix = "masked-private-key-" + UUID.randomUUID() + "-";
        Map<String, char[]> values = new LinkedHashMap<>();
        StringBuilder masked = new StringBuilder(source.length);
        int copied = 0;
        for (int i = indexOfKey(source, 0); i >= 0; i = indexOfKey(source, i + 1)) {
            int[] value = valueAfterKey(source, i);
            if (value == null || value[0] < copied) {
                continue;
            }
            String placeholder = prefix + values.size();
            values.put(placeholder, Arrays.copyOfRange(source, value[1], value[2]));
            masked.append(source, copied, value[0] - copied).append(placeholder);
            copied = value[3];
        }
        masked.append(source, copied, source.length - copied);
        return new PrivateKeyMasking(masked.toString(), values);
    }

    /** The text with every recognised value replaced by its placeholder. */
    String text() {
        return text;
    }

    /** Whether a parsed value is one of this text's placeholders. */
    boolean isPlaceholder(Object parsed) {
        return parsed instanceof String s && values.containsKey(s);
    }

    /** Hands over the characters behind a placeholder; the caller wipes them. Null when unknown or taken. */
    char[] take(String placeholder) {
        return values.remove(placeholder);
    }

    /** Wipes every value not taken. */
    @Override
    public void close() {
        values.values().forEach(Wipe::chars);
        values.clear();
    }

    private static int indexOfKey(char[] text, int from) {
        for (int i = from; i + KEY.length() <= text.length; i++) {
            if (regionMatchesKey(text, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean regionMatchesKey(char[] text, int at) {
        for (int k = 0; k < KEY.length(); k++) {
            if (Character.toLowerCase(text[at + k]) != KEY.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * For a key at {@code keyStart}: {replaceFrom, valueFrom, valueTo, replaceTo}, or null when
     * this is not a {@code privateKey:} key followed by a single-line scalar.
     */
    private static int[] valueAfterKey(char[] text, int keyStart) {
        char before = keyStart == 0 ? '\n' : text[keyStart - 1];
        int i = keyStart + KEY.length();
        if (before == '"' || before == '\'') {
            if (i >= text.length || text[i] != before) {
                return null;
            }
            i++;
        } else if (!(Character.isWhitespace(before) || before == '{' || before == ',')) {
            return null;
        }
        i = skipBlanks(text, i);
        if (i >= text.length || text[i] != ':') {
            return null;
        }
        i = skipBlanks(text, i + 1);
        if (i < text.length && (text[i] == '\n' || text[i] == '\r')) {
            i = valueOnNextLine(text, keyStart, i);
        }
        return i < 0 || i >= text.length ? null : scalarAt(text, i);
    }

    /** The start of a value on the line after the key, if that line is indented deeper than the key's. */
    private static int valueOnNextLine(char[] text, int keyStart, int lineEnd) {
        int keyIndent = keyStart - lineStart(text, keyStart);
        int i = lineEnd;
        while (i < text.length && (text[i] == '\n' || text[i] == '\r')) {
            i++;
        }
        int valueStart = skipBlanks(text, i);
        return valueStart - i > keyIndent ? valueStart : -1;
    }

    private static int[] scalarAt(char[] text, int start) {
        char first = text[start];
        if (first == '"' || first == '\'') {
            for (int end = start + 1; end < text.length && text[end] != '\n' && text[end] != '\r'; end++) {
                if (text[end] == first && (first == '\'' || text[end - 1] != '\\')) {
                    return new int[] {start, start + 1, end, end + 1};
                }
            }
            return null;
        }
        if ("|>&*!#\n\r{[".indexOf(first) >= 0) {
            return null;
        }
        int end = start;
        while (end < text.length && !Character.isWhitespace(text[end]) && ",}]".indexOf(text[end]) < 0) {
            end++;
        }
        return new int[] {start, start, end, end};
    }

    private static int skipBlanks(char[] text, int from) {
        int i = from;
        while (i < text.length && (text[i] == ' ' || text[i] == '\t')) {
            i++;
        }
        return i;
    }

    private static int lineStart(char[] text, int at) {
        int i = at;
        while (i > 0 && text[i - 1] != '\n' && text[i - 1] != '\r') {
            i--;
        }
        return i;
    }
}
