package io.containment.plugins.keys.filesystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.api.consensus.Hex;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** EIP-2335 password processing: NFKD, control characters stripped, UTF-8; password files. */
class KeystorePasswordTest {
    @TempDir
    Path dir;

    static Stream<Arguments> specExamples() {
        return Eip2335Vectors.expected().getJsonArray("password_processing_examples").getValuesAs(JsonObject.class).stream()
                .map(example -> Arguments.of(example.getString("password"), example.getString("processed_utf8_hex")));
    }

    @ParameterizedTest
    @MethodSource("specExamples")
    void specExampleIsProcessedToTheExpectedBytes(String password, String expectedHex) throws Exception {
        assertThat(Hex.encode(KeystorePassword.process(password.toCharArray()))).isEqualTo(expectedHex);
    }

    @Test
    void specPasswordIsNormalisedToPlainLettersAndKeepsTheEmoji() throws Exception {
        byte[] processed = KeystorePassword.process(Eip2335Vectors.password().toCharArray());

        assertThat(Hex.encode(processed)).isEqualTo(Eip2335Vectors.expected().getString("password_processed_utf8_hex"));
        assertThat(new String(processed, StandardCharsets.UTF_8)).isEqualTo(Eip2335Vectors.expected().getString("password_after_nfkd"));
    }

    @Test
    void spacesAndC1ControlsAreHandledAsTheSpecSays() throws Exception {
        assertThat(KeystorePassword.process(" a b\u0085c\u009f\u007f ".toCharArray()))
                .isEqualTo(" a bc ".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void passwordFileLosesOnlyTrailingLineBreaks() throws Exception {
        Path file = KeyFolder.at(dir).write("password.txt", "  pass word \r\n\n");

        assertThat(KeystorePassword.fromFile(file)).isEqualTo("  pass word ".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void passwordFileInUtf8IsNormalised() throws Exception {
        Path file = KeyFolder.at(dir).write("password.txt", Eip2335Vectors.password() + "\n");

        assertThat(Hex.encode(KeystorePassword.fromFile(file)))
                .isEqualTo(Eip2335Vectors.expected().getString("password_processed_utf8_hex"));
    }

    @Test
    void passwordFileThatIsNotUtf8IsRefused() {
        Path file = KeyFolder.at(dir).write("password.txt", new byte[] {'a', (byte) 0xff, 'b'});

        assertThatThrownBy(() -> KeystorePassword.fromFile(file))
                .isInstanceOf(KeyFileException.class)
                .hasMessage("the password is not valid UTF-8");
    }

    @Test
    void missingPasswordFileIsNamedInTheError() {
        Path file = dir.resolve("absent.txt");

        assertThatThrownBy(() -> KeystorePassword.fromFile(file))
                .isInstanceOf(KeyFileException.class)
                .hasMessageStartingWith("cannot read password file " + file + " (NoSuchFileException");
    }
}
