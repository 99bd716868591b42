package io.containment.runtime.keymanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.runtime.keymanager.SecretJson.Items;
import io.containment.runtime.keymanager.SecretJson.Literal;
import io.containment.runtime.keymanager.SecretJson.Members;
import io.containment.runtime.keymanager.SecretJson.Text;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The byte-level JSON reader of the Key Manager bodies, checked against what JSON means (RFC 8259). */
class SecretJsonTest {
    private static SecretJson.Value parse(String json) {
        return SecretJson.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(SecretJson.Value value) {
        return new String(((Text) value).utf8(), StandardCharsets.UTF_8);
    }

    @Test
    void escapesAndUnicodeBecomeTheirUtf8Bytes() {
        Members root = (Members) parse("{\"p\": \"a\\\"b\\\\c\\/d\\n\\t\\u00e9\\ud83d\\ude00 ü\"}");
        assertThat(text(root.values().get("p"))).isEqualTo("a\"b\\c/d\n\té😀 ü");
    }

    @Test
    void arraysObjectsAndLiteralsAreRead() {
        Members root = (Members) parse(" {\"a\": [\"x\", 1, -2.5e3, true, null, {}], \"b\": []} ");
        Items a = (Items) root.values().get("a");
        assertThat(a.values()).hasSize(6);
        assertThat(text(a.values().get(0))).isEqualTo("x");
        assertThat(a.values().subList(1, 5)).extracting(v -> ((Literal) v).text()).containsExactly("1", "-2.5e3", "true", "null");
        assertThat(((Items) root.values().get("b")).values()).isEmpty();
    }

    @Test
    void malformedJsonIsRefusedNamingTheOffsetNotTheContent() {
        for (String bad : List.of("", "{", "{\"a\" 1}", "{\"a\": \"secret-value", "[1,]", "{\"a\": tru}", "\"\\x\"",
                "\"\\ud83d\"", "{} {}", "\"a\nb\"", "[".repeat(100))) {
            assertThatThrownBy(() -> parse(bad)).as(bad).isInstanceOf(KeyManagerRequestException.class)
                    .hasMessageStartingWith("body is not valid JSON").hasMessageNotContaining("secret-value");
        }
    }

    @Test
    void wipingClearsEveryString() {
        Members root = (Members) parse("{\"passwords\": [\"one\", \"two\"], \"x\": {\"y\": \"three\"}}");
        SecretJson.wipe(root);
        Items passwords = (Items) root.values().get("passwords");
        assertThat(((Text) passwords.values().get(0)).utf8()).containsOnly(0);
        assertThat(((Text) ((Members) root.values().get("x")).values().get("y")).utf8()).containsOnly(0);
    }

    @Test
    void importRequestsKeepPasswordsAsBytes() {
        ImportRequest request = KeyManagerRequests.importRequest(
                "{\"keystores\": [\"{}\"], \"passwords\": [\"pässword\"], \"slashing_protection\": null, \"extra\": 1}"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(request.passwords().getFirst()).isEqualTo("pässword".getBytes(StandardCharsets.UTF_8));
        assertThat(request.slashingProtection()).isEmpty();
        request.wipe();
        assertThat(request.passwords().getFirst()).containsOnly(0);
    }
}
