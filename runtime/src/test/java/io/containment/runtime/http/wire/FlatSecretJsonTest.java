package io.containment.runtime.http.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The secret-body reader: JSON strings straight into wiped char arrays, strict about everything else. */
class FlatSecretJsonTest {
    static final Set<String> KEYS = Set.of("share_index", "passphrase");

    static FlatSecretJson parse(String json) {
        return FlatSecretJson.parse(json.getBytes(StandardCharsets.UTF_8), KEYS);
    }

    @Test
    void readsStringsWithEveryEscapeAndMultiByteUtf8() {
        try (FlatSecretJson json = parse(" {\"passphrase\" : \"a\\\"b\\\\c\\/d\\n\\t\\u00e9\\ud83d\\ude00 ключ 😀\", \"share_index\": 3 } ")) {
            assertThat(new String(json.secret("passphrase"))).isEqualTo("a\"b\\c/d\n\té😀 ключ 😀");
            assertThat(json.integer("share_index")).isEqualTo(3L);
        }
    }

    @Test
    void wipeErasesTheValues() {
        FlatSecretJson json = parse("{\"passphrase\":\"secret passphrase\"}");
        char[] value = json.secret("passphrase");
        json.close();
        assertThat(value).containsOnly('\0');
    }

    @Test
    void absentKeysAreNullAndTypesAreChecked() {
        try (FlatSecretJson json = parse("{\"share_index\":\"2\"}")) {
            assertThat(json.secret("passphrase")).isNull();
            assertThatThrownBy(() -> json.integer("share_index")).isInstanceOf(MalformedRequestException.class)
                    .hasMessageContaining("share_index");
        }
        assertThat(parse("{}").has("passphrase")).isFalse();
    }

    @Test
    void refusesWhatIsNotAFlatObjectOfKnownKeysWithoutEchoingValues() {
        for (String bad : new String[] {"", "[]", "{", "{\"passphrase\":\"x\"", "{\"passphrase\":\"x\"}x",
            "{\"passphrase\":\"x\",\"passphrase\":\"y\"}", "{\"secret-value-here\":1}", "{\"passphrase\":{\"a\":1}}",
            "{\"passphrase\":true}", "{\"share_index\":1.5}", "{\"share_index\":1e3}", "{\"passphrase\":\"\\x\"}",
            "{\"passphrase\":\"\\u12\"}", "{\"passphrase\":\"a\u0001\"}", "{\"share_index\":99999999999999999999}",
            "{\"passphrase\":\"x\" \"share_index\":1}"}) {
            assertThatThrownBy(() -> parse(bad)).as(bad).isInstanceOf(MalformedRequestException.class)
                    .hasMessageNotContaining("secret-value-here");
        }
    }

    @Test
    void refusesInvalidUtf8() {
        byte[] overlong = {'{', '"', 'p', 'a', 's', 's', 'p', 'h', 'r', 'a', 's', 'e', '"', ':', '"', (byte) 0xc0, (byte) 0xaf, '"', '}'};
        assertThatThrownBy(() -> FlatSecretJson.parse(overlong, KEYS)).isInstanceOf(MalformedRequestException.class)
                .hasMessageContaining("UTF-8");
        byte[] truncated = {'{', '"', 'p', 'a', 's', 's', 'p', 'h', 'r', 'a', 's', 'e', '"', ':', '"', (byte) 0xe2, (byte) 0x82, '"', '}'};
        assertThatThrownBy(() -> FlatSecretJson.parse(truncated, KEYS)).isInstanceOf(MalformedRequestException.class);
    }
}
