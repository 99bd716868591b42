package io.containment.runtime.keystore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.keys.InvalidKeystoreException;
import io.containment.api.keys.Keystores.DecryptedKeystore;
import io.containment.runtime.bls.BlstSecretKeys;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The runtime's EIP-2335 decryption against the two EIP-2335 test vectors (see resources/eip2335/PROVENANCE.md). */
class RuntimeKeystoresTest {
    private static final JsonObject EXPECTED = json("expected.json");
    private final RuntimeKeystores keystores = new RuntimeKeystores(new BlstSecretKeys());

    @Test
    void thePbkdf2VectorDecryptsToTheSpecSecret() throws IOException {
        assertDecryptsToTheSpecSecret("eip2335-pbkdf2.json");
    }

    @Test
    void theScryptVectorDecryptsToTheSpecSecret() throws IOException {
        assertDecryptsToTheSpecSecret("eip2335-scrypt.json");
    }

    @Test
    void aWrongPasswordIsAChecksumMismatch() throws IOException {
        assertThatThrownBy(() -> keystores.decrypt(bytes("eip2335-pbkdf2.json"), "testpassword".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidKeystoreException.class).hasMessageContaining("checksum mismatch");
    }

    @Test
    void aKeystoreWhosePubkeyIsNotItsSecretsIsRefused() throws IOException {
        String other = "a99a76ed7796f7be22d5b7e85deeb7c5677e88e511e0b337618f8c4eb61349b4bf2d153f649f7b53359fe8b94a38e44c";
        byte[] altered = new String(bytes("eip2335-pbkdf2.json"), StandardCharsets.UTF_8)
                .replace(EXPECTED.getString("pubkey").substring(2), other).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> keystores.decrypt(altered, password()))
                .isInstanceOf(InvalidKeystoreException.class).hasMessageContaining("is not the public key of its secret");
    }

    @Test
    void somethingThatIsNotAKeystoreIsRefusedByName() {
        assertThatThrownBy(() -> keystores.decrypt("{\"version\":4}".getBytes(StandardCharsets.UTF_8), password()))
                .isInstanceOf(InvalidKeystoreException.class).hasMessageContaining("pubkey");
        assertThatThrownBy(() -> keystores.decrypt("nope".getBytes(StandardCharsets.UTF_8), password()))
                .isInstanceOf(InvalidKeystoreException.class).hasMessageContaining("not valid JSON");
    }

    @Test
    void passwordsAreProcessedAsEip2335Says() {
        for (JsonObject example : EXPECTED.getJsonArray("password_processing_examples").getValuesAs(JsonObject.class)) {
            byte[] processed = PasswordProcessing.process(example.getString("password").getBytes(StandardCharsets.UTF_8));
            assertThat("0x" + HexFormat.of().formatHex(processed)).isEqualTo(example.getString("processed_utf8_hex"));
        }
        assertThat("0x" + HexFormat.of().formatHex(PasswordProcessing.process(password())))
                .isEqualTo(EXPECTED.getString("password_processed_utf8_hex"));
    }

    private void assertDecryptsToTheSpecSecret(String file) throws IOException {
        DecryptedKeystore decrypted = keystores.decrypt(bytes(file), password());

        assertThat("0x" + HexFormat.of().formatHex(decrypted.secret())).isEqualTo(EXPECTED.getString("secret"));
        assertThat(decrypted.publicKey()).isEqualTo(BlsPublicKey.fromHex(EXPECTED.getString("pubkey")));
        assertThat(decrypted.toString()).doesNotContain("19d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f");
    }

    private static byte[] password() {
        return EXPECTED.getString("password").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String file) throws IOException {
        try (InputStream in = RuntimeKeystoresTest.class.getResourceAsStream("/eip2335/" + file)) {
            return in.readAllBytes();
        }
    }

    private static JsonObject json(String file) {
        try (InputStream in = RuntimeKeystoresTest.class.getResourceAsStream("/eip2335/" + file)) {
            return Json.createReader(in).readObject();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
