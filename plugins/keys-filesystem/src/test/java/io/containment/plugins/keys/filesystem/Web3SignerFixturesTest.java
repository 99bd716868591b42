package io.containment.plugins.keys.filesystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Web3Signer's malformed and unsupported keystores: each of the nine is refused when it is read,
 * before any key derivation, with a reason naming the field; the tenth (an unknown extra field)
 * is accepted (its decryption runs in {@link Eip2335VectorsTest}).
 */
class Web3SignerFixturesTest {
    private static final String FOLDER = "web3signer-fixtures/";
    private static final Map<String, String> REASONS = Map.of(
            "missingCrypto.json", "crypto is missing",
            "missingVersion.json", "version is missing",
            "missingKdfSectionTestVector.json", "crypto.kdf.params is missing",
            "v3TestVector.json", "keystore version 3 is not supported (only 4, EIP-2335)",
            "unsupportedKdfFunction.json", "crypto.kdf.function 'pbkdf3' is not supported (scrypt or pbkdf2)",
            "unsupportedPBKDF2Prf.json", "crypto.kdf.params.prf 'hmac-sha512' is not supported (only hmac-sha256)",
            "unsupportedChecksumFunction.json", "crypto.checksum.function 'sha128' is not supported (only sha256)",
            "unsupportedCipherFunction.json", "crypto.cipher.function 'aes-256-ctr' is not supported (only aes-128-ctr)",
            "unsupportedDkLen.json", "crypto.kdf.params.dklen 31 is not supported (only 32)");

    @TempDir
    Path dir;

    static Stream<Arguments> rejected() {
        JsonObject cases = Eip2335Vectors.read(FOLDER + "expected.json").getJsonObject("cases");
        return cases.keySet().stream()
                .filter(file -> cases.getJsonObject(file).getString("expect").equals("reject"))
                .map(file -> Arguments.of(file, cases.getJsonObject(file).getString("why")));
    }

    @Test
    void everyRejectedFixtureHasAnExpectedReason() {
        assertThat(rejected().map(arguments -> (String) arguments.get()[0])).containsExactlyInAnyOrderElementsOf(REASONS.keySet());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("rejected")
    void fixtureIsRefusedWhenRead(String file, String why) {
        assertThatThrownBy(() -> KeystoreJson.parse(Eip2335Vectors.bytes(FOLDER + file)))
                .isInstanceOf(KeyFileException.class)
                .hasMessage(REASONS.get(file));
    }

    @Test
    void fixtureWithAnUnknownTopLevelFieldIsAccepted() throws Exception {
        Keystore keystore = KeystoreJson.parse(Eip2335Vectors.bytes(FOLDER + "scryptExtraFieldTestVector.json"));

        assertThat(keystore.pubkey()).isEqualTo(Eip2335Vectors.pubkey());
        assertThat(KeystoreDecryption.decrypt(keystore, Eip2335Vectors.decryptionKey("eip2335-scrypt.json")))
                .isEqualTo(Eip2335Vectors.secret());
    }

    @Test
    void sourceReportsEveryRejectedFixtureWithItsReasonAndLoadsNothing() {
        KeyFolder folder = KeyFolder.at(dir);
        List<String> files = rejected().map(arguments -> (String) arguments.get()[0]).toList();
        for (String file : files) {
            Eip2335Vectors.copy(FOLDER + file, dir);
            folder.write(file.replace(".json", ".txt"), Eip2335Vectors.password());
        }

        try (FilesystemKeySource source = folder.source()) {
            assertThat(source.keys()).isEmpty();
            assertThat(source.problems()).containsExactlyInAnyOrderElementsOf(
                    files.stream().map(file -> dir.resolve(file) + ": " + REASONS.get(file)).toList());
        }
    }
}
