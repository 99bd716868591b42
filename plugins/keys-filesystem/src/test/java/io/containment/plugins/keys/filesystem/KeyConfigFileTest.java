package io.containment.plugins.keys.filesystem;

import static org.assertj.core.api.Assertions.assertThat;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Hex;
import io.containment.api.keys.ValidatorKey;
import io.containment.plugins.keys.filesystem.TestKeystores.LightKdf;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Web3Signer key-config files: file-raw and file-keystore documents, and what is refused. */
class KeyConfigFileTest {
    private static final byte[] FIRST = TestKeystores.randomSecret();
    private static final byte[] SECOND = TestKeystores.randomSecret();
    private static final byte[] THIRD = TestKeystores.randomSecret();

    @TempDir
    Path dir;

    @Test
    void fileRawDocumentsOfOneFileAllLoadInOrder() {
        KeyFolder folder = KeyFolder.at(dir);
        Path file = folder.write("keys.yaml", KeyFolder.documents(KeyFolder.fileRaw(FIRST), KeyFolder.fileRaw(SECOND), KeyFolder.fileRaw(THIRD)));

        try (FilesystemKeySource source = folder.source()) {
            List<ValidatorKey> keys = source.keys();

            assertThat(keys).extracting(ValidatorKey::publicKey).containsExactly(pubkey(FIRST), pubkey(SECOND), pubkey(THIRD));
            assertThat(keys).extracting(ValidatorKey::origin)
                    .containsExactly(file + " (document 1)", file + " (document 2)", file + " (document 3)");
            assertThat(source.problems()).isEmpty();
        }
    }

    @Test
    void fileKeystoreDocumentsResolvePathsAgainstTheYamlFilesFolder() {
        KeyFolder folder = KeyFolder.at(dir.resolve("config"));
        Path keystore = folder.write("store/a.json", TestKeystores.encrypt(FIRST, TestKeystores.PASSWORD, LightKdf.SCRYPT));
        folder.write("store/b.json", TestKeystores.encrypt(SECOND, TestKeystores.PASSWORD, LightKdf.PBKDF2));
        folder.write("secrets/password", TestKeystores.PASSWORD + "\n");
        Path yaml = folder.write("validators.yml", KeyFolder.documents(
                KeyFolder.fileKeystore("store/a.json", "secrets/password"),
                KeyFolder.fileKeystore("./store/../store/b.json", "secrets/password"),
                KeyFolder.fileRaw(THIRD)));

        try (FilesystemKeySource source = folder.source()) {
            List<ValidatorKey> keys = source.keys();

            assertThat(keys).extracting(ValidatorKey::publicKey).containsExactly(pubkey(FIRST), pubkey(SECOND), pubkey(THIRD));
            assertThat(keys.getFirst().origin()).isEqualTo(keystore + " (from " + yaml + " (document 1))");
            assertThat(source.problems()).isEmpty();
        }
    }

    @Test
    void privateKeyIsReadInEveryUsualSpelling() {
        KeyFolder folder = KeyFolder.at(dir);
        String hex = HexFormat.of().formatHex(FIRST);
        folder.write("a.yaml", "type: file-raw\nprivateKey: 0x" + hex + "\n");
        folder.write("b.yaml", "{type: \"file-raw\", privateKey: '" + hex.toUpperCase() + "'}\n");
        folder.write("c.yaml", "keyType: bls\ntype: FILE-RAW\nprivateKey:\n    \"" + Hex.encode(SECOND) + "\"\n");

        try (FilesystemKeySource source = folder.source()) {
            assertThat(source.keys()).extracting(ValidatorKey::publicKey).containsExactly(pubkey(FIRST), pubkey(SECOND));
            assertThat(source.problems()).singleElement().asString().contains("duplicate public key");
        }
    }

    @Test
    void shortPrivateKeyIsLeftPaddedLikeWeb3SignerDoes() {
        KeyFolder folder = KeyFolder.at(dir);
        String secret = Hex.encode(Eip2335Vectors.secret()); // 0x000000000019d6…: five zero bytes
        folder.write("short.yaml", "type: file-raw\nprivateKey: 0x" + secret.substring(2).replaceFirst("^(00)+", "") + "\n");

        try (FilesystemKeySource source = folder.source()) {
            assertThat(source.keys()).extracting(ValidatorKey::publicKey).containsExactly(Eip2335Vectors.pubkey());
        }
    }

    @Test
    void unusableDocumentsAreReportedAndTheOthersOfTheFileStillLoad() {
        KeyFolder folder = KeyFolder.at(dir);
        Path file = folder.write("mixed.yaml", KeyFolder.documents(
                "type: hashicorp\nkeyPath: /v1/secret/key\n",
                KeyFolder.fileRaw(FIRST),
                "type: file-raw\nkeyType: SECP256K1\nprivateKey: 0x" + HexFormat.of().formatHex(SECOND) + "\n",
                "type: file-raw\n",
                "keystoreFile: a.json\n",
                "type: file-keystore\nkeystoreFile: a.json\n",
                "- not\n- a mapping\n",
                "type: \"file-raw\\nINJECTED\"\n"));

        try (FilesystemKeySource source = folder.source()) {
            assertThat(source.keys()).extracting(ValidatorKey::publicKey).containsExactly(pubkey(FIRST));
            assertThat(source.problems()).containsExactly(
                    file + " (document 1): type 'hashicorp' is not supported by this source (file-raw or file-keystore)",
                    file + " (document 3): keyType 'SECP256K1' is not supported (only BLS)",
                    file + " (document 4): file-raw needs privateKey",
                    file + " (document 5): no type (expected file-raw or file-keystore)",
                    file + " (document 6): file-keystore needs keystorePasswordFile",
                    file + " (document 7): not a YAML mapping",
                    file + " (document 8): type 'file-raw?INJECTED' is not supported by this source (file-raw or file-keystore)");
        }
    }

    @Test
    void badPrivateKeysAreRefusedWithoutRepeatingThem() {
        KeyFolder folder = KeyFolder.at(dir);
        String hex = HexFormat.of().formatHex(FIRST);
        Path odd = folder.write("1-odd.yaml", "type: file-raw\nprivateKey: 0x" + hex.substring(1) + "\n");
        Path long_ = folder.write("2-long.yaml", "type: file-raw\nprivateKey: 0x" + hex + "ab\n");
        Path notHex = folder.write("3-not-hex.yaml", "type: file-raw\nprivateKey: 0x" + hex.substring(2) + "zz\n");
        Path zero = folder.write("4-zero.yaml", "type: file-raw\nprivateKey: 0x" + "00".repeat(32) + "\n");
        Path block = folder.write("5-block.yaml", "type: file-raw\nprivateKey: |\n  0x" + hex + "\n");
        Path empty = folder.write("6-empty.yaml", "type: file-raw\nprivateKey: \"\"\n");

        try (FilesystemKeySource source = folder.source()) {
            assertThat(source.keys()).isEmpty();
            assertThat(source.problems()).containsExactlyInAnyOrder(
                    odd + ": privateKey has an odd number of hex digits",
                    long_ + ": privateKey is longer than 32 bytes",
                    notHex + ": privateKey is not hex",
                    zero + ": not a valid BLS secret key",
                    block + ": privateKey must be hex on a single line, plain or quoted",
                    empty + ": privateKey is empty");
            assertThat(String.join("\n", source.problems())).doesNotContain(hex.substring(2, 60));
        }
    }

    @Test
    void invalidYamlIsReportedWithItsPositionButNotItsText() {
        KeyFolder folder = KeyFolder.at(dir);
        String hex = HexFormat.of().formatHex(FIRST);
        Path file = folder.write("broken.yaml", "type: file-raw\nprivateKey: 0x" + hex + "\n  bad: [indent\n");

        try (FilesystemKeySource source = folder.source()) {
            assertThat(source.keys()).isEmpty();
            assertThat(source.problems()).singleElement().asString()
                    .startsWith(file + ": not valid YAML (")
                    .contains("at line 3")
                    .doesNotContain(hex);
        }
    }

    @Test
    void duplicateMappingKeysAreRefused() {
        KeyFolder folder = KeyFolder.at(dir);
        Path file = folder.write("twice.yaml", "type: file-raw\nprivateKey: " + Hex.encode(FIRST) + "\nprivateKey: " + Hex.encode(SECOND) + "\n");

        try (FilesystemKeySource source = folder.source()) {
            assertThat(source.keys()).isEmpty();
            assertThat(source.problems()).singleElement().asString()
                    .startsWith(file + ": not valid YAML (found duplicate key privateKey");
        }
    }

    @Test
    void fileThatIsNotUtf8IsReported() {
        KeyFolder folder = KeyFolder.at(dir);
        Path file = folder.write("latin1.yaml", new byte[] {'t', 'y', 'p', 'e', ':', ' ', (byte) 0xe9, '\n'});

        try (FilesystemKeySource source = folder.source()) {
            assertThat(source.keys()).isEmpty();
            assertThat(source.problems()).containsExactly(file + ": not UTF-8 text");
        }
    }

    @Test
    void emptyDocumentsAreIgnored() {
        KeyFolder folder = KeyFolder.at(dir);
        folder.write("padded.yaml", "---\n" + KeyFolder.fileRaw(FIRST) + "---\n# nothing\n");
        folder.write("empty.yaml", "");

        try (FilesystemKeySource source = folder.source()) {
            assertThat(source.keys()).extracting(ValidatorKey::publicKey).containsExactly(pubkey(FIRST));
            assertThat(source.problems()).isEmpty();
        }
    }

    private static BlsPublicKey pubkey(byte[] secret) {
        return TestKeystores.publicKeyOf(secret);
    }
}
