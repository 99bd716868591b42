package io.containment.runtime.bls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.api.consensus.Hex;
import io.containment.api.consensus.Root;
import io.containment.api.keys.ValidatorKey;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The runtime's BLS against the consensus-spec {@code bls/sign} vectors (shared/testdata/bls). */
class BlstSecretKeysTest {
    private final BlstSecretKeys keys = new BlstSecretKeys();

    private static List<JsonObject> signVectors() throws IOException {
        try (InputStream index = BlstSecretKeysTest.class.getResourceAsStream("/vectors/bls/sign/index.txt")) {
            return new String(index.readAllBytes(), StandardCharsets.UTF_8).lines().filter(n -> n.endsWith(".json"))
                    .map(BlstSecretKeysTest::read).toList();
        }
    }

    private static JsonObject read(String name) {
        try (InputStream in = BlstSecretKeysTest.class.getResourceAsStream("/vectors/bls/sign/" + name);
             var reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void signsEverySpecVectorAndRefusesTheZeroKey() throws IOException {
        List<JsonObject> vectors = signVectors();
        assertThat(vectors).hasSize(10);
        for (JsonObject vector : vectors) {
            JsonObject input = vector.getJsonObject("input");
            byte[] secret = Hex.decode(input.getString("privkey"));
            Root message = Root.fromHex(input.getString("message"));
            if (vector.get("output").getValueType() == JsonValue.ValueType.NULL) {
                assertThatThrownBy(() -> keys.fromSecret(secret, "vector")).isInstanceOf(IllegalArgumentException.class)
                        .hasMessageNotContaining(input.getString("privkey").substring(2));
            } else {
                ValidatorKey key = keys.fromSecret(secret, "vector");
                assertThat(key.sign(message).toHex()).isEqualTo(vector.getString("output"));
            }
        }
    }

    @Test
    void wipesTheSecretItWasHandedAndRefusesToSignAfterDestroy() {
        byte[] secret = Hex.decode("0x25295f0d1d592a90b333e26e85149708208e9f8e8bc18f6c77bd62f8ad7a6866");
        ValidatorKey key = keys.fromSecret(secret, "interop-0");
        assertThat(secret).containsOnly(0);
        assertThat(key.publicKey().toHex()).isEqualTo(
                "0xa99a76ed7796f7be22d5b7e85deeb7c5677e88e511e0b337618f8c4eb61349b4bf2d153f649f7b53359fe8b94a38e44c");
        key.destroy();
        assertThatThrownBy(() -> key.sign(Root.zero())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesSecretsAtOrAboveTheGroupOrder() {
        byte[] order = Hex.decode("0x73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001");
        assertThatThrownBy(() -> keys.fromSecret(order.clone(), "r")).isInstanceOf(IllegalArgumentException.class);
        byte[] max = new byte[32];
        Arrays.fill(max, (byte) 0xff);
        assertThatThrownBy(() -> keys.fromSecret(max, "max")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> keys.fromSecret(new byte[31], "short")).isInstanceOf(IllegalArgumentException.class);
    }
}
