package io.containment.plugins.keys.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.api.contract.KnownKeys;
import io.containment.api.contract.KnownKeys.KnownKey;
import io.containment.api.keys.KeyDeletion;
import io.containment.api.keys.KeyAlreadyStoredException;
import io.containment.api.keys.ValidatorKey;
import io.containment.api.plugin.PluginContext;
import io.containment.testing.dynalite.DynaliteExtension;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What Key Manager imports and deletes leave in the table: items in the documented format,
 * conditional writes (an active item is never overwritten, an inactive one is reactivated with a
 * new nonce), and deactivation that keeps the encrypted secret.
 */
class KeyManagerWritesTest {
    @RegisterExtension
    static final DynaliteExtension DYNALITE = new DynaliteExtension();
    static final KnownKeys KNOWN = KnownKeys.load();

    @TempDir
    Path dir;
    final List<DynamoDbKeySource> opened = new ArrayList<>();
    String table;
    DynamoDbClient client;
    PluginContext context;

    @BeforeEach
    void setUp() {
        table = KeyTables.freshTable();
        client = KeyTables.client(DYNALITE.dynalite());
        context = KeyTables.context(dir);
    }

    @AfterEach
    void tearDown() {
        opened.forEach(DynamoDbKeySource::close);
        client.close();
    }

    private DynamoDbKeySource unsealed() {
        DynamoDbKeySource source = KeyTables.unsealed(DYNALITE.dynalite(), table, context);
        opened.add(source);
        return source;
    }

    private Map<String, AttributeValue> item(KnownKey key) {
        return client.getItem(b -> b.tableName(table).key(Map.of("pubkey", AttributeValue.fromS(key.publicKey().toHex())))
                .consistentRead(true)).item();
    }

    private static byte[] bytes(Map<String, AttributeValue> item, String name) {
        return item.get(name).b().asByteArray();
    }

    @Test
    void anImportIsAnActiveItemInTheDocumentedFormat() throws Exception {
        KnownKey key = KNOWN.keys().get(0);
        Instant before = Instant.now().minusSeconds(1);

        DynamoDbKeySourceTest.importKey(unsealed(), key);

        Map<String, AttributeValue> item = item(key);
        assertThat(item.keySet()).containsExactlyInAnyOrder("pubkey", "status", "format", "nonce", "ciphertext", "revision",
                "updated_at", "derivation_path");
        assertThat(item.get("pubkey").s()).matches("0x[0-9a-f]{96}").isEqualTo(key.publicKey().toHex());
        assertThat(item.get("status").s()).isEqualTo("active");
        assertThat(item.get("format").n()).isEqualTo("1");
        assertThat(item.get("revision").n()).isEqualTo("1");
        assertThat(Instant.parse(item.get("updated_at").s())).isAfter(before);
        assertThat(item.get("derivation_path").s()).isEqualTo("m/12381/3600/0/0/0");
        assertThat(bytes(item, "nonce")).hasSize(12);
        assertThat(DocumentedFormat.decrypt(KeyTables.MASTER_KEY, key.publicKey(), 1, bytes(item, "nonce"),
                bytes(item, "ciphertext"))).isEqualTo(key.secret());
    }

    @Test
    void aKeyActiveInTheTableIsNotOverwrittenByAnotherSignersImport() {
        KnownKey key = KNOWN.keys().get(1);
        DynamoDbKeySource first = unsealed();
        DynamoDbKeySource second = unsealed();
        second.keys();
        DynamoDbKeySourceTest.importKey(first, key);
        byte[] ciphertext = bytes(item(key), "ciphertext");

        // KeyAlreadyStoredException: the Key Manager API answers this keystore "duplicate", not "error"
        assertThatThrownBy(() -> DynamoDbKeySourceTest.importKey(second, key)).isInstanceOf(KeyAlreadyStoredException.class)
                .hasMessageContaining("already active").hasMessageContaining("nothing was written");

        assertThat(item(key).get("revision").n()).isEqualTo("1");
        assertThat(bytes(item(key), "ciphertext")).isEqualTo(ciphertext);
        assertThat(second.keys()).extracting(ValidatorKey::publicKey).containsExactly(key.publicKey());
    }

    @Test
    void aDeleteSetsTheItemInactiveAndKeepsTheEncryptedSecret() {
        KnownKey key = KNOWN.keys().get(2);
        DynamoDbKeySource source = unsealed();
        DynamoDbKeySourceTest.importKey(source, key);
        byte[] ciphertext = bytes(item(key), "ciphertext");

        assertThat(source.delete(key.publicKey())).isInstanceOf(KeyDeletion.Deleted.class);

        Map<String, AttributeValue> item = item(key);
        assertThat(item.get("status").s()).isEqualTo("inactive");
        assertThat(item.get("revision").n()).isEqualTo("2");
        assertThat(bytes(item, "ciphertext")).isEqualTo(ciphertext);
        assertThat(source.delete(key.publicKey())).isInstanceOf(KeyDeletion.NotFound.class);
        assertThat(unsealed().keys()).isEmpty();
    }

    @Test
    void importingAnInactiveKeyReactivatesItUnderANewNonce() {
        KnownKey key = KNOWN.keys().get(3);
        DynamoDbKeySource source = unsealed();
        DynamoDbKeySourceTest.importKey(source, key);
        source.delete(key.publicKey());
        byte[] oldNonce = bytes(item(key), "nonce");

        DynamoDbKeySourceTest.importKey(source, key);

        Map<String, AttributeValue> item = item(key);
        assertThat(item.get("status").s()).isEqualTo("active");
        assertThat(item.get("revision").n()).isEqualTo("3");
        assertThat(bytes(item, "nonce")).isNotEqualTo(oldNonce);
        assertThat(unsealed().keys()).extracting(ValidatorKey::publicKey).containsExactly(key.publicKey());
    }

    @Test
    void aDeleteOnOneSignerIsPickedUpByAnotherAtItsNextReload() {
        KnownKey key = KNOWN.keys().get(0);
        DynamoDbKeySource first = unsealed();
        DynamoDbKeySource second = unsealed();
        DynamoDbKeySourceTest.importKey(first, key);
        ValidatorKey onSecond = second.keys().getFirst();

        first.delete(key.publicKey());

        assertThat(second.reload().orElseThrow()).isEmpty();
        DynamoDbKeySourceTest.assertDestroyed(onSecond, key);
    }
}
