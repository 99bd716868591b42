package io.containment.plugins.keys.awskms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.api.consensus.BlsPublicKey;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The key file format, version 1: what is written reads back; what is not the format is refused by field. */
class WrappedKeyFileJsonTest {
    private static final BlsPublicKey PUBKEY = BlsPublicKey.fromHex(
            "0x9612d7a727c9d0a22e185a1c768478dfe919cada9266988cb32359c11f2b7b27f4ae4040902382ae2910c15e2b420d07");

    @Test
    void aWrittenFileReadsBackTheSame() throws Exception {
        WrappedKeyFile file = new WrappedKeyFile("arn:aws:kms:eu-west-1:111122223333:key/k", Map.of("a", "b"), new byte[] {1, 2, 3},
                List.of(new WrappedKeyFile.Entry(PUBKEY, new byte[12], new byte[48])));

        String json = WrappedKeyFileJson.write(file);
        WrappedKeyFile read = WrappedKeyFileJson.parse(json.getBytes(StandardCharsets.UTF_8));

        assertThat(json).contains("\"format\": \"containment-chamber/kms-wrapped-bls-keys\"").contains("\"version\": 1");
        assertThat(read.kmsKeyId()).isEqualTo(file.kmsKeyId());
        assertThat(read.encryptionContext()).isEqualTo(Map.of("a", "b"));
        assertThat(read.wrappedDataKey()).containsExactly(1, 2, 3);
        assertThat(read.keys()).singleElement().satisfies(entry -> {
            assertThat(entry.pubkey()).isEqualTo(PUBKEY);
            assertThat(entry.ciphertext()).hasSize(48);
        });
    }

    @Test
    void anotherVersionIsRefused() {
        assertRefused(document("2", "\"keys\": [" + entry("0x" + "00".repeat(12)) + "]"), "version 2 is not supported");
    }

    @Test
    void anotherFormatIsRefused() {
        assertRefused("{\"crypto\": {}, \"version\": 4}", "format is missing (convert EIP-2335 keystores");
        assertRefused("{\"format\": \"other\", \"version\": 1}", "format must be \"containment-chamber/kms-wrapped-bls-keys\"");
    }

    @Test
    void aWrongLengthNamesTheField() {
        assertRefused(document("1", "\"keys\": [" + entry("0x0000") + "]"), "keys[0].iv must be 12 bytes, got 2");
    }

    @Test
    void aFileWithoutKeysIsRefused() {
        assertRefused(document("1", "\"keys\": []"), "keys must be a non-empty array");
    }

    @Test
    void notJsonIsRefused() {
        assertRefused("nope", "not valid JSON");
    }

    private static String document(String version, String keys) {
        return "{\"format\": \"containment-chamber/kms-wrapped-bls-keys\", \"version\": " + version
                + ", \"kms_key_id\": \"k\", \"wrapped_data_key\": \"AQID\", " + keys + "}";
    }

    private static String entry(String iv) {
        return "{\"pubkey\": \"" + PUBKEY + "\", \"iv\": \"" + iv + "\", \"ciphertext\": \"0x" + "00".repeat(48) + "\"}";
    }

    private static void assertRefused(String json, String reason) {
        assertThatThrownBy(() -> WrappedKeyFileJson.parse(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(KeyFileException.class).hasMessageContaining(reason);
    }
}
