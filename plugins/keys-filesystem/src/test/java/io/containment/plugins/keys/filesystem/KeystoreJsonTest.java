package io.containment.plugins.keys.filesystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.plugins.keys.filesystem.TestKeystores.LightKdf;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonPatchBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every required EIP-2335 field is checked for presence, type and length before decryption. */
class KeystoreJsonTest {
    private static final byte[] SECRET = TestKeystores.randomSecret();
    private static final String SCRYPT = TestKeystores.encrypt(SECRET, TestKeystores.PASSWORD, LightKdf.SCRYPT);
    private static final String PBKDF2 = TestKeystores.encrypt(SECRET, TestKeystores.PASSWORD, LightKdf.PBKDF2);

    static Stream<Arguments> brokenKeystores() {
        return Stream.of(
                broken(SCRYPT, p -> p.remove("/pubkey"), "pubkey is missing"),
                broken(SCRYPT, p -> p.replace("/pubkey", "abcd"), "pubkey must be 48 bytes, got 2"),
                broken(SCRYPT, p -> p.remove("/uuid"), "uuid is missing"),
                broken(SCRYPT, p -> p.remove("/path"), "path is missing"),
                broken(SCRYPT, p -> p.replace("/version", "4"), "version must be an integer"),
                broken(SCRYPT, p -> p.remove("/crypto/kdf/message"), "crypto.kdf.message is missing"),
                broken(SCRYPT, p -> p.replace("/crypto/kdf/params/dklen", 64), "crypto.kdf.params.dklen 64 is not supported (only 32)"),
                broken(SCRYPT, p -> p.replace("/crypto/kdf/params/n", 1000), "crypto.kdf.params.n 1000 must be a power of 2 from 2 to 2^24"),
                broken(SCRYPT, p -> p.replace("/crypto/kdf/params/r", 0), "crypto.kdf.params.r and p must be from 1 to 64"),
                broken(SCRYPT, p -> p.remove("/crypto/kdf/params/p"), "crypto.kdf.params.p is missing"),
                broken(SCRYPT, p -> p.replace("/crypto/kdf/params/salt", ""), "crypto.kdf.params.salt is empty"),
                broken(SCRYPT, p -> p.replace("/crypto/kdf/params/salt", "zz"), "crypto.kdf.params.salt is not hex (not a hex digit at position 0)"),
                broken(SCRYPT, p -> p.remove("/crypto/checksum/params"), "crypto.checksum.params is missing"),
                broken(SCRYPT, p -> p.remove("/crypto/checksum/message"), "crypto.checksum.message is missing"),
                broken(SCRYPT, p -> p.replace("/crypto/cipher/params/iv", "00"), "crypto.cipher.params.iv must be 16 bytes, got 1"),
                broken(SCRYPT, p -> p.replace("/crypto/cipher/message", "00".repeat(16)), "crypto.cipher.message must be 32 bytes, got 16"),
                broken(SCRYPT, p -> p.replace("/crypto/cipher", "aes"), "crypto.cipher must be an object"),
                broken(PBKDF2, p -> p.replace("/crypto/kdf/params/c", 0), "crypto.kdf.params.c must be at least 1"),
                broken(PBKDF2, p -> p.remove("/crypto/kdf/params/prf"), "crypto.kdf.params.prf is missing"),
                broken(PBKDF2, p -> p.replace("/crypto/kdf/params/c", Json.createValue(1.5)), "crypto.kdf.params.c must be an integer"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("brokenKeystores")
    void brokenKeystoreIsRefusedNamingTheField(String json, String reason) {
        assertThatThrownBy(() -> KeystoreJson.parse(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(KeyFileException.class)
                .hasMessage(reason);
    }

    @Test
    void textThatIsNotJsonIsRefused() {
        assertThatThrownBy(() -> KeystoreJson.parse("{\"version\": ".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(KeyFileException.class)
                .hasMessageStartingWith("not valid JSON (");
    }

    @Test
    void jsonThatIsNotAnObjectIsRefused() {
        assertThatThrownBy(() -> KeystoreJson.parse("[]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(KeyFileException.class)
                .hasMessage("not a JSON object");
    }

    @Test
    void hexWithA0xPrefixIsAccepted() throws Exception {
        JsonObject keystore = read(SCRYPT);
        String withPrefix = Json.createPatchBuilder()
                .replace("/pubkey", "0x" + keystore.getString("pubkey"))
                .build().apply(keystore).toString();

        assertThat(KeystoreJson.parse(withPrefix.getBytes(StandardCharsets.UTF_8)).pubkey())
                .isEqualTo(TestKeystores.publicKeyOf(SECRET));
    }

    @Test
    void generatedKeystoresParseWithTheirLightParameters() throws Exception {
        assertThat(KeystoreJson.parse(SCRYPT.getBytes(StandardCharsets.UTF_8)).kdf())
                .isInstanceOfSatisfying(Kdf.Scrypt.class, kdf -> assertThat(kdf.n()).isEqualTo(16));
        assertThat(KeystoreJson.parse(PBKDF2.getBytes(StandardCharsets.UTF_8)).kdf())
                .isInstanceOfSatisfying(Kdf.Pbkdf2.class, kdf -> assertThat(kdf.c()).isEqualTo(2));
    }

    @Test
    void onlyJsonObjectsWithACryptoSectionLookLikeKeystores() {
        assertThat(KeystoreJson.looksLikeKeystore(SCRYPT.getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(KeystoreJson.looksLikeKeystore("[{\"pubkey\": \"ab\"}]".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(KeystoreJson.looksLikeKeystore("not json".getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    private static Arguments broken(String keystore, UnaryOperator<JsonPatchBuilder> patch, String reason) {
        return Arguments.of(patch.apply(Json.createPatchBuilder()).build().apply(read(keystore)).toString(), reason);
    }

    private static JsonObject read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
