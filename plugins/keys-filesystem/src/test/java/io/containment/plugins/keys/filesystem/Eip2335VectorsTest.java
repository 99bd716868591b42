package io.containment.plugins.keys.filesystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.api.consensus.Root;
import io.containment.api.contract.BlsVerification;
import io.containment.api.keys.ValidatorKey;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The official EIP-2335 vectors. The three tests that load a vector through the source run the
 * real KDF parameters (scrypt n = 2^18 needs 256 MiB; PBKDF2 c = 262144): the slow tests of this
 * module. The others check the decryption step alone with the collector's decryption keys.
 */
class Eip2335VectorsTest {
    @TempDir
    Path dir;

    @Test
    void scryptVectorLoadsThroughAKeyConfigFileWithTheSpecPassword() {
        KeyFolder folder = KeyFolder.at(dir);
        Eip2335Vectors.copy("eip2335-scrypt.json", dir);
        folder.write("password.txt", Eip2335Vectors.password() + "\n");
        folder.write("validator.yaml", KeyFolder.fileKeystore("eip2335-scrypt.json", "password.txt"));

        assertLoadsTheSpecKey(folder);
    }

    @Test
    void pbkdf2VectorLoadsAsABareKeystoreWithTheSpecPassword() {
        KeyFolder folder = KeyFolder.at(dir);
        Eip2335Vectors.copy("eip2335-pbkdf2.json", dir);
        folder.write("eip2335-pbkdf2.password", Eip2335Vectors.password() + "\r\n");

        assertLoadsTheSpecKey(folder);
    }

    @Test
    void web3signerScryptFixtureWithAnExtraFieldDecryptsToTheSpecSecret() {
        KeyFolder folder = KeyFolder.at(dir);
        Eip2335Vectors.copy("web3signer-fixtures/scryptExtraFieldTestVector.json", dir);
        folder.write("scryptExtraFieldTestVector.txt", Eip2335Vectors.password());

        assertLoadsTheSpecKey(folder);
    }

    @ParameterizedTest
    @ValueSource(strings = {"eip2335-scrypt.json", "eip2335-pbkdf2.json"})
    void theVectorsDecryptionKeyDecryptsTheSpecSecret(String vector) throws Exception {
        Keystore keystore = KeystoreJson.parse(Eip2335Vectors.bytes(vector));

        byte[] secret = KeystoreDecryption.decrypt(keystore, Eip2335Vectors.decryptionKey(vector));

        assertThat(secret).isEqualTo(Eip2335Vectors.secret());
        assertThat(keystore.pubkey()).isEqualTo(Eip2335Vectors.pubkey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"eip2335-scrypt.json", "eip2335-pbkdf2.json"})
    void aWrongDecryptionKeyFailsTheChecksum(String vector) throws Exception {
        Keystore keystore = KeystoreJson.parse(Eip2335Vectors.bytes(vector));
        byte[] wrong = Eip2335Vectors.decryptionKey(vector);
        wrong[31] ^= 1;

        assertThatThrownBy(() -> KeystoreDecryption.decrypt(keystore, wrong))
                .isInstanceOf(KeyFileException.class)
                .hasMessage("checksum mismatch: wrong password or damaged keystore");
    }

    @Test
    void theVectorsKdfParametersAreRead() throws Exception {
        Keystore scrypt = KeystoreJson.parse(Eip2335Vectors.bytes("eip2335-scrypt.json"));
        Keystore pbkdf2 = KeystoreJson.parse(Eip2335Vectors.bytes("eip2335-pbkdf2.json"));

        assertThat(scrypt.kdf()).isInstanceOfSatisfying(Kdf.Scrypt.class, kdf -> {
            assertThat(List.of(kdf.n(), kdf.r(), kdf.p())).containsExactly(262144, 8, 1);
            assertThat(kdf.memoryBytes()).isBetween(256L << 20, 257L << 20);
        });
        assertThat(pbkdf2.kdf()).isInstanceOfSatisfying(Kdf.Pbkdf2.class, kdf -> assertThat(kdf.c()).isEqualTo(262144));
    }

    private static void assertLoadsTheSpecKey(KeyFolder folder) {
        try (FilesystemKeySource source = folder.source()) {
            List<ValidatorKey> keys = source.keys();

            assertThat(source.problems()).isEmpty();
            assertThat(keys).singleElement().satisfies(key -> {
                assertThat(key.publicKey()).isEqualTo(Eip2335Vectors.pubkey());
                Root root = Root.fromHex("0x" + "ab".repeat(32));
                assertThat(BlsVerification.verifies(key.publicKey(), root, key.sign(root))).isTrue();
            });
        }
    }
}
