package io.containment.plugins.keys.filesystem;

import static org.assertj.core.api.Assertions.assertThat;

import io.containment.api.consensus.Hex;
import io.containment.plugins.keys.filesystem.TestKeystores.Encrypted;
import jakarta.json.JsonObject;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The test keystore writer reproduces the official EIP-2335 vectors, so its keystores can be trusted. */
class TestKeystoresTest {
    @ParameterizedTest
    @ValueSource(strings = {"eip2335-scrypt.json", "eip2335-pbkdf2.json"})
    void encryptingTheSpecSecretWithTheVectorsKeyAndIvGivesTheVectorsCipherAndChecksum(String vector) {
        JsonObject crypto = Eip2335Vectors.read(vector).getJsonObject("crypto");
        byte[] iv = HexFormat.of().parseHex(crypto.getJsonObject("cipher").getJsonObject("params").getString("iv"));

        Encrypted encrypted = TestKeystores.encryptWithKey(Eip2335Vectors.secret(), Eip2335Vectors.decryptionKey(vector), iv);

        assertThat(HexFormat.of().formatHex(encrypted.cipherMessage())).isEqualTo(crypto.getJsonObject("cipher").getString("message"));
        assertThat(HexFormat.of().formatHex(encrypted.checksum())).isEqualTo(crypto.getJsonObject("checksum").getString("message"));
    }

    @Test
    void passwordProcessingGivesTheSpecBytes() {
        assertThat(Hex.encode(TestKeystores.processPassword(Eip2335Vectors.password())))
                .isEqualTo(Eip2335Vectors.expected().getString("password_processed_utf8_hex"));
    }
}
