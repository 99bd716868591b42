package io.containment.plugins.keys.filesystem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** privateKey values never reach the YAML parser: they are swapped for placeholders first. */
class PrivateKeyMaskingTest {
    private static final String KEY = "0x25295f0d1d592a90b333e26e85149708208e9f8e8bc18f6c77bd62f8ad7a6866";
    private static final Pattern PLACEHOLDER = Pattern.compile("masked-private-key-[0-9a-f-]+-\\d+");

    @ParameterizedTest
    @ValueSource(strings = {
            "privateKey: " + KEY + "\n",
            "privateKey: \"" + KEY + "\"\n",
            "privateKey: '" + KEY + "'\n",
            "privateKey:   " + KEY + "   # the key\n",
            "\"privateKey\": \"" + KEY + "\"",
            "{type: file-raw, privateKey: " + KEY + "}",
            "{\"type\": \"file-raw\", \"privateKey\":\"" + KEY + "\"}",
            "privateKey:\n  " + KEY + "\n",
            "PRIVATEKEY: " + KEY})
    void valueIsReplacedAndCanBeTakenOnce(String yaml) {
        try (PrivateKeyMasking masked = PrivateKeyMasking.mask(yaml.toCharArray())) {
            assertThat(masked.text()).doesNotContain(KEY.substring(2));
            Matcher placeholder = PLACEHOLDER.matcher(masked.text());
            assertThat(placeholder.find()).isTrue();

            assertThat(masked.isPlaceholder(placeholder.group())).isTrue();
            assertThat(new String(masked.take(placeholder.group()))).isEqualTo(KEY);
            assertThat(masked.take(placeholder.group())).isNull();
        }
    }

    @Test
    void everyKeyOfAMultiDocumentStreamIsMasked() {
        String yaml = "type: file-raw\nprivateKey: 0xaa\n---\ntype: file-raw\nprivateKey: 0xbb\n";
        try (PrivateKeyMasking masked = PrivateKeyMasking.mask(yaml.toCharArray())) {
            assertThat(masked.text()).doesNotContain("0xaa", "0xbb");
            assertThat(PLACEHOLDER.matcher(masked.text()).results().count()).isEqualTo(2);
            assertThat(masked.text()).startsWith("type: file-raw\nprivateKey: masked-private-key-").contains("\n---\n");
        }
    }

    @Test
    void textWithoutPrivateKeysIsUnchanged() {
        String yaml = "type: file-keystore\nkeystoreFile: privateKeyStore.json\nprivateKeyFile: x\nnote: privateKey\n";
        try (PrivateKeyMasking masked = PrivateKeyMasking.mask(yaml.toCharArray())) {
            assertThat(masked.text()).isEqualTo(yaml);
        }
    }

    @Test
    void valueOnTheNextLineAtTheKeysIndentIsNotTaken() {
        String yaml = "privateKey:\ntype: file-raw\n";
        try (PrivateKeyMasking masked = PrivateKeyMasking.mask(yaml.toCharArray())) {
            assertThat(masked.text()).isEqualTo(yaml);
        }
    }

    @Test
    void closingWipesValuesNotTaken() {
        PrivateKeyMasking masked = PrivateKeyMasking.mask(("privateKey: " + KEY).toCharArray());
        Matcher placeholder = PLACEHOLDER.matcher(masked.text());
        assertThat(placeholder.find()).isTrue();

        masked.close();

        assertThat(masked.take(placeholder.group())).isNull();
    }

    @Test
    void placeholdersDifferBetweenFiles() {
        try (PrivateKeyMasking first = PrivateKeyMasking.mask("privateKey: 0x01".toCharArray());
             PrivateKeyMasking second = PrivateKeyMasking.mask("privateKey: 0x01".toCharArray())) {
            assertThat(first.text()).isNotEqualTo(second.text());
            assertThat(second.isPlaceholder(first.text().substring("privateKey: ".length()))).isFalse();
        }
    }
}
