package io.containment.runtime.audit;

/**
 * A JSON object written field by field into a {@link StringBuilder}, for the audit lines of the
 * signing path: the same text Parsson's {@code JsonObjectBuilder.build().toString()} gives for
 * string fields (no spaces; {@code "}, {@code \} and control characters escaped as Parsson does),
 * without building a JSON object per request.
 */
final class JsonText {
    private final StringBuilder text = new StringBuilder(256).append('{');

    /** Adds {@code "name":"value"}. */
    JsonText add(String name, String value) {
        if (text.length() > 1) {
            text.append(',');
        }
        quote(name);
        text.append(':');
        quote(value);
        return this;
    }

    private void quote(String value) {
        text.append('"');
        int plain = 0;
        while (plain < value.length() && needsNoEscape(value.charAt(plain))) {
            plain++;
        }
        text.append(value, 0, plain);   // the common case (keys, types, outcomes, times): nothing to escape, one copy
        for (int i = plain; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"', '\\' -> text.append('\\').append(c);
                case '\b' -> text.append("\\b");
                case '\f' -> text.append("\\f");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> {
                    if (c < 0x20) {
                        String hex = Integer.toHexString(c);
                        text.append("\\u").append("0000", 0, 4 - hex.length()).append(hex);
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        text.append('"');
    }

    private static boolean needsNoEscape(char c) {
        return c >= 0x20 && c != '"' && c != '\\';
    }

    @Override
    public String toString() {
        return text + "}";
    }
}
