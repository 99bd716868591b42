package io.containment.runtime.http.wire;

import static io.containment.runtime.http.wire.MalformedRequestException.at;

/** Reads the wire's enums, ASCII case-insensitively, quoting an unknown value only in a short, safe form. */
final class WireEnums {
    private static final int MAX_QUOTED = 40;

    private WireEnums() {
    }

    /** The request's {@code type}. */
    static SignType signType(JsonFields json) {
        String text = json.string("type");
        String upper = asciiUpperCase(text);
        for (SignType type : SignType.values()) {
            if (type.name().equals(upper)) {
                return type;
            }
        }
        throw new MalformedRequestException("unknown type " + quote(text));
    }

    /** The {@code version} of a BLOCK_V2 or AGGREGATE_AND_PROOF_V2 payload. */
    static ConsensusVersion version(JsonFields json) {
        String text = json.string("version");
        String upper = asciiUpperCase(text);
        for (ConsensusVersion version : ConsensusVersion.values()) {
            if (version.name().equals(upper)) {
                return version;
            }
        }
        throw at(json.pathOf("version"), "unknown version " + quote(text) + ", expected one of PHASE0, ALTAIR,"
                + " BELLATRIX, CAPELLA, DENEB, ELECTRA, FULU");
    }

    /** Upper case of ASCII letters only, so that no other script's letters fold onto a known name. */
    private static String asciiUpperCase(String text) {
        if (text.length() > MAX_QUOTED) {
            return "";
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'a' && chars[i] <= 'z') {
                chars[i] = (char) (chars[i] - ('a' - 'A'));
            }
        }
        return new String(chars);
    }

    /** {@code 'text'}, with anything but printable ASCII replaced and long text cut. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("'");
        for (int i = 0; i < Math.min(text.length(), MAX_QUOTED); i++) {
            char c = text.charAt(i);
            out.append(c >= 0x20 && c < 0x7f && c != '\'' ? c : '?');
        }
        return out.append(text.length() > MAX_QUOTED ? "…'" : "'").toString();
    }
}
