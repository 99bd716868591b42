package io.containment.plugins.keys.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.contract.KnownKeys;
import io.containment.api.contract.KnownKeys.KnownKey;
import io.containment.api.contract.KnownKeys.KnownSignature;
import io.containment.api.keys.KeyStorageException;
import io.containment.api.keys.ValidatorKey;
import io.containment.api.plugin.PluginContext;
import io.containment.testing.dynalite.DynaliteExtension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The source under the master key on dynalite: nothing while sealed, items loaded when unsealed,
 * unchanged keys kept across reloads and changed or deactivated ones destroyed, unusable items
 * reported one by one, seal wiping everything without waiting for DynamoDB.
 */
class DynamoDbKeySourceTest {
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
        KeyTables.open(DYNALITE.dynalite(), table, context, Map.of(), List.of()).close(); // creates the table
    }

    @AfterEach
    void tearDown() {
        opened.forEach(DynamoDbKeySource::close);
        client.close();
    }

    private DynamoDbKeySource sealed(TableGate gate) {
        DynamoDbKeySource source = KeyTables.open(DYNALITE.dynalite(), table, context, Map.of(), List.of(gate));
        opened.add(source);
        return source;
    }

    private DynamoDbKeySource unsealed() {
        DynamoDbKeySource source = sealed(new TableGate());
        source.unseal(KeyTables.MASTER_KEY.clone());
        return source;
    }

    private static KnownKey known(int index) {
        return KNOWN.keys().get(index);
    }

    private static KnownSignature signatureOf(KnownKey key) {
        return KNOWN.signatures().stream().filter(s -> s.publicKey().equals(key.publicKey())).findFirst().orElseThrow();
    }

    private void put(KnownKey key) throws Exception {
        DocumentedFormat.putActive(client, table, KeyTables.MASTER_KEY, key.publicKey(), key.secret());
    }

    private Map<String, AttributeValue> item(BlsPublicKey publicKey) {
        return client.getItem(b -> b.tableName(table).key(Map.of("pubkey", AttributeValue.fromS(publicKey.toHex())))
                .consistentRead(true)).item();
    }

    private void update(BlsPublicKey publicKey, String attribute, AttributeValue value) {
        Map<String, AttributeValue> item = new java.util.HashMap<>(item(publicKey));
        item.put(attribute, value);
        client.putItem(b -> b.tableName(table).item(item));
    }

    private static void assertSignsKnownAnswer(ValidatorKey key, KnownKey known) {
        assertThat(key.sign(signatureOf(known).signingRoot())).isEqualTo(signatureOf(known).signature());
    }

    static void assertDestroyed(ValidatorKey key, KnownKey known) {
        io.containment.api.consensus.BlsSignature produced;
        try {
            produced = key.sign(signatureOf(known).signingRoot());
        } catch (IllegalStateException refused) {
            return;
        }
        assertThat(produced).as("a destroyed key's signature").isNotEqualTo(signatureOf(known).signature());
    }

    private static String secretDigits(KnownKey key) {
        return key.secretHex().substring(2).toLowerCase(java.util.Locale.ROOT);
    }

    @Test
    void aSealedSourceHoldsNoKeysAndRefusesImportsAndDeletes() throws Exception {
        put(known(0));
        DynamoDbKeySource source = sealed(new TableGate());

        assertThat(source.keys()).isEmpty();
        assertThat(source.reload()).contains(List.of());
        assertThatThrownBy(() -> source.prepareImport(new byte[] {'{', '}'}, new byte[] {'x'}))
                .isInstanceOf(KeyStorageException.class).hasMessageContaining("sealed");
        assertThatThrownBy(() -> source.delete(known(0).publicKey())).isInstanceOf(KeyStorageException.class)
                .hasMessageContaining("sealed");
        assertThat(item(known(0).publicKey()).get("status").s()).isEqualTo("active");
    }

    @Test
    void unsealingLoadsTheActiveItemsOnly() throws Exception {
        put(known(0));
        DocumentedFormat.put(client, table, DocumentedFormat.item(KeyTables.MASTER_KEY, known(1).publicKey(),
                known(1).secret(), "inactive", 2));
        DynamoDbKeySource source = unsealed();

        List<ValidatorKey> keys = source.keys();

        assertThat(keys).extracting(ValidatorKey::publicKey).containsExactly(known(0).publicKey());
        assertSignsKnownAnswer(keys.getFirst(), known(0));
        assertThat(source.problems()).isEmpty();
        assertThat(keys.getFirst().origin()).isEqualTo("dynamodb:" + table + "/" + known(0).publicKey());
    }

    @Test
    void sealDestroysEveryKeyAtOnceAndTheNextUnsealLoadsThemAgain() throws Exception {
        put(known(0));
        put(known(1));
        DynamoDbKeySource source = unsealed();
        List<ValidatorKey> keys = source.keys();

        source.seal();

        assertDestroyed(keys.get(0), keys.get(0).publicKey().equals(known(0).publicKey()) ? known(0) : known(1));
        assertDestroyed(keys.get(1), keys.get(1).publicKey().equals(known(0).publicKey()) ? known(0) : known(1));
        assertThat(source.keys()).isEmpty();
        source.unseal(KeyTables.MASTER_KEY.clone());
        assertThat(source.keys()).extracting(ValidatorKey::publicKey)
                .containsExactlyInAnyOrder(known(0).publicKey(), known(1).publicKey());
    }

    @Test
    void sealDoesNotWaitForAScanInProgressAndTheScanPublishesNothing() throws Exception {
        put(known(0));
        TableGate gate = new TableGate();
        DynamoDbKeySource source = sealed(gate);
        source.unseal(KeyTables.MASTER_KEY.clone());
        ValidatorKey held = source.keys().getFirst();
        put(known(1));
        gate.holdNextScan();
        CompletableFuture<Optional<List<ValidatorKey>>> reload = CompletableFuture.supplyAsync(source::reload);
        gate.awaitScanHeld();
        try {
            source.seal(); // returns while the scan is held

            assertDestroyed(held, known(0));
        } finally {
            gate.release();
        }
        assertThat(reload.get(60, java.util.concurrent.TimeUnit.SECONDS)).contains(List.of());
        assertThat(source.keys()).isEmpty();
    }

    @Test
    void aReloadKeepsUnchangedKeysAndDecryptsOnlyNewAndChangedItems() throws Exception {
        put(known(0));
        put(known(1));
        DynamoDbKeySource source = unsealed();
        Map<BlsPublicKey, ValidatorKey> before = byPublicKey(source.keys());
        put(known(2));
        DocumentedFormat.put(client, table, DocumentedFormat.item(KeyTables.MASTER_KEY, known(1).publicKey(),
                known(1).secret(), "active", 2)); // re-encrypted: new nonce, revision 2

        Map<BlsPublicKey, ValidatorKey> after = byPublicKey(source.reload().orElseThrow());

        assertThat(after.keySet()).containsExactlyInAnyOrder(known(0).publicKey(), known(1).publicKey(), known(2).publicKey());
        assertThat(after.get(known(0).publicKey())).isSameAs(before.get(known(0).publicKey()));
        assertThat(after.get(known(1).publicKey())).isNotSameAs(before.get(known(1).publicKey()));
        assertDestroyed(before.get(known(1).publicKey()), known(1));
        for (int i = 0; i < 3; i++) {
            assertSignsKnownAnswer(after.get(known(i).publicKey()), known(i));
        }
    }

    @Test
    void deactivatedAndRemovedItemsAreDestroyedAtTheNextReload() throws Exception {
        put(known(0));
        put(known(1));
        put(known(2));
        DynamoDbKeySource source = unsealed();
        Map<BlsPublicKey, ValidatorKey> before = byPublicKey(source.keys());
        update(known(0).publicKey(), "status", AttributeValue.fromS("inactive"));
        client.deleteItem(b -> b.tableName(table).key(Map.of("pubkey", AttributeValue.fromS(known(1).publicKey().toHex()))));

        List<ValidatorKey> after = source.reload().orElseThrow();

        assertThat(after).extracting(ValidatorKey::publicKey).containsExactly(known(2).publicKey());
        assertDestroyed(before.get(known(0).publicKey()), known(0));
        assertDestroyed(before.get(known(1).publicKey()), known(1));
        assertSignsKnownAnswer(after.getFirst(), known(2));
    }

    @Test
    void aTamperedCiphertextIsAProblemWithoutSecretsAndTheOtherKeysLoad() throws Exception {
        put(known(0));
        put(known(1));
        byte[] tampered = item(known(0).publicKey()).get("ciphertext").b().asByteArray();
        tampered[3] ^= 0x40;
        update(known(0).publicKey(), "ciphertext", AttributeValue.fromB(SdkBytes.fromByteArray(tampered)));
        DynamoDbKeySource source = unsealed();

        List<ValidatorKey> keys = source.keys();

        assertThat(keys).extracting(ValidatorKey::publicKey).containsExactly(known(1).publicKey());
        assertSignsKnownAnswer(keys.getFirst(), known(1));
        assertThat(source.problems()).singleElement().satisfies(problem -> assertThat(problem)
                .contains(known(0).publicKey().toHex()).contains("fails authentication")
                .doesNotContain(secretDigits(known(0))));
    }

    @Test
    void anItemTamperedWithoutANewRevisionIsNoticedAtTheNextReload() throws Exception {
        put(known(0));
        DynamoDbKeySource source = unsealed();
        ValidatorKey held = source.keys().getFirst();
        byte[] tampered = item(known(0).publicKey()).get("ciphertext").b().asByteArray();
        tampered[0] ^= 1;
        update(known(0).publicKey(), "ciphertext", AttributeValue.fromB(SdkBytes.fromByteArray(tampered)));

        assertThat(source.reload().orElseThrow()).isEmpty();

        assertDestroyed(held, known(0));
        assertThat(source.problems()).singleElement().satisfies(p -> assertThat(p).contains("fails authentication"));
    }

    @Test
    void aCiphertextCopiedToAnotherPubkeyOrUnderAnotherMasterKeyFailsAuthentication() throws Exception {
        put(known(0));
        Map<String, AttributeValue> copy = new java.util.HashMap<>(item(known(0).publicKey()));
        copy.put("pubkey", AttributeValue.fromS(known(1).publicKey().toHex()));
        client.putItem(b -> b.tableName(table).item(copy));
        byte[] otherMaster = KeyTables.MASTER_KEY.clone();
        otherMaster[0] ^= 1;
        DocumentedFormat.putActive(client, table, otherMaster, known(2).publicKey(), known(2).secret());
        DynamoDbKeySource source = unsealed();

        assertThat(source.keys()).extracting(ValidatorKey::publicKey).containsExactly(known(0).publicKey());

        assertThat(source.problems()).hasSize(2).allSatisfy(p -> assertThat(p).contains("fails authentication"))
                .anySatisfy(p -> assertThat(p).contains(known(1).publicKey().toHex()))
                .anySatisfy(p -> assertThat(p).contains(known(2).publicKey().toHex()));
    }

    @Test
    void anItemWhoseSecretIsAnotherKeysIsRefused() throws Exception {
        // encrypted correctly for the item of key 1 (its AAD), but holding key 0's secret
        byte[][] sealed = DocumentedFormat.encrypt(KeyTables.MASTER_KEY, known(1).publicKey(), 1, known(0).secret());
        Map<String, AttributeValue> item = DocumentedFormat.item(KeyTables.MASTER_KEY, known(1).publicKey(),
                known(1).secret(), "active", 1);
        item.put("nonce", AttributeValue.fromB(SdkBytes.fromByteArray(sealed[0])));
        item.put("ciphertext", AttributeValue.fromB(SdkBytes.fromByteArray(sealed[1])));
        DocumentedFormat.put(client, table, item);
        DynamoDbKeySource source = unsealed();

        assertThat(source.keys()).isEmpty();

        assertThat(source.problems()).singleElement().satisfies(p -> assertThat(p)
                .contains("belongs to " + known(0).publicKey()).contains(known(1).publicKey().toHex())
                .doesNotContain(secretDigits(known(0))));
    }

    @Test
    void malformedItemsAreProblemsOneByOne() throws Exception {
        put(known(0));
        Map<String, AttributeValue> noNonce = DocumentedFormat.item(KeyTables.MASTER_KEY, known(1).publicKey(),
                known(1).secret(), "active", 1);
        noNonce.remove("nonce");
        DocumentedFormat.put(client, table, noNonce);
        Map<String, AttributeValue> upperCase = DocumentedFormat.item(KeyTables.MASTER_KEY, known(2).publicKey(),
                known(2).secret(), "active", 1);
        upperCase.put("pubkey", AttributeValue.fromS("0x" + known(2).publicKey().toHex().substring(2).toUpperCase(java.util.Locale.ROOT)));
        DocumentedFormat.put(client, table, upperCase);
        Map<String, AttributeValue> future = DocumentedFormat.item(KeyTables.MASTER_KEY, known(3).publicKey(),
                known(3).secret(), "active", 1);
        future.put("format", AttributeValue.fromN("2"));
        DocumentedFormat.put(client, table, future);
        DynamoDbKeySource source = unsealed();

        assertThat(source.keys()).extracting(ValidatorKey::publicKey).containsExactly(known(0).publicKey());

        assertThat(source.problems()).hasSize(3)
                .anySatisfy(p -> assertThat(p).contains(known(1).publicKey().toHex()).contains("nonce is missing"))
                .anySatisfy(p -> assertThat(p).contains("not 0x followed by 96 lower-case hex digits"))
                .anySatisfy(p -> assertThat(p).contains(known(3).publicKey().toHex()).contains("format 2 is not supported"));
    }

    @Test
    void anUnreadableTableKeepsTheKeysHeldAndIsReported() throws Exception {
        put(known(0));
        TableGate gate = new TableGate();
        DynamoDbKeySource source = sealed(gate);
        source.unseal(KeyTables.MASTER_KEY.clone());
        ValidatorKey held = source.keys().getFirst();
        gate.failing = true;

        assertThat(source.keys()).containsExactly(held);
        assertThat(source.problems()).singleElement().satisfies(p -> assertThat(p).contains("cannot read DynamoDB table " + table));
        assertThatThrownBy(source::reload).isInstanceOf(KeyStorageException.class).hasMessageContaining(table);
        assertSignsKnownAnswer(held, known(0));

        gate.failing = false;
        assertThat(source.reload().orElseThrow()).containsExactly(held);
        assertThat(source.problems()).isEmpty();
    }

    @Test
    void theScanReadsEveryPage() throws Exception {
        for (int i = 0; i < 5; i++) {
            put(known(i));
        }
        java.util.concurrent.atomic.AtomicInteger scans = new java.util.concurrent.atomic.AtomicInteger();
        software.amazon.awssdk.core.interceptor.ExecutionInterceptor counter = new software.amazon.awssdk.core.interceptor.ExecutionInterceptor() {
            @Override
            public void beforeExecution(software.amazon.awssdk.core.interceptor.Context.BeforeExecution execution,
                                        software.amazon.awssdk.core.interceptor.ExecutionAttributes attributes) {
                if (execution.request() instanceof software.amazon.awssdk.services.dynamodb.model.ScanRequest) {
                    scans.incrementAndGet();
                }
            }
        };
        DynamoDbClient counted = DynamoDbClient.builder().endpointOverride(DYNALITE.endpoint())
                .region(software.amazon.awssdk.regions.Region.US_EAST_1)
                .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create())
                .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                        software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("test-key", "test-secret")))
                .overrideConfiguration(c -> c.addExecutionInterceptor(counter)).build();
        DynamoDbKeySource source = new DynamoDbKeySource(new KeyTable(counted, table, java.time.Clock.systemUTC(), 2),
                context.blsSecretKeys(), TestKeystores::new, Optional.empty(), new java.security.SecureRandom());
        opened.add(source);
        source.unseal(KeyTables.MASTER_KEY.clone());

        assertThat(source.keys()).extracting(ValidatorKey::publicKey)
                .containsExactlyInAnyOrderElementsOf(KNOWN.keys().subList(0, 5).stream().map(KnownKey::publicKey).toList());
        assertThat(scans.get()).as("pages of two items").isGreaterThanOrEqualTo(3);
    }

    @Test
    void theRefreshIntervalComesFromTheConfiguration() {
        DynamoDbKeySource byDefault = sealed(new TableGate());
        DynamoDbKeySource everyFive = KeyTables.open(DYNALITE.dynalite(), table, context,
                Map.of(DynamoDbKeySourceFactory.REFRESH_INTERVAL_SECONDS, "5"), List.of());
        DynamoDbKeySource never = KeyTables.open(DYNALITE.dynalite(), table, context,
                Map.of(DynamoDbKeySourceFactory.REFRESH_INTERVAL_SECONDS, "0"), List.of());
        opened.add(everyFive);
        opened.add(never);

        assertThat(byDefault.refreshInterval()).contains(java.time.Duration.ofSeconds(30));
        assertThat(everyFive.refreshInterval()).contains(java.time.Duration.ofSeconds(5));
        assertThat(never.refreshInterval()).isEmpty();
    }

    @Test
    void aKeyImportedOnOneSignerIsPickedUpByAnotherOnTheSameTable() {
        DynamoDbKeySource first = unsealed();
        DynamoDbKeySource second = unsealed();
        assertThat(second.keys()).isEmpty();

        importKey(first, known(2));

        List<ValidatorKey> picked = second.reload().orElseThrow();
        assertThat(picked).extracting(ValidatorKey::publicKey).containsExactly(known(2).publicKey());
        assertSignsKnownAnswer(picked.getFirst(), known(2));
        assertThat(picked.getFirst().derivationPath()).contains("m/12381/3600/0/0/0");
    }

    static ValidatorKey importKey(DynamoDbKeySource source, KnownKey key) {
        byte[] keystore = io.containment.api.contract.TestKeystores.pbkdf2(key.secret(), key.publicKey(), "import-password-1",
                "m/12381/3600/0/0/0");
        try (var pending = source.prepareImport(keystore, "import-password-1".getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            return pending.commit();
        }
    }

    private static Map<BlsPublicKey, ValidatorKey> byPublicKey(List<ValidatorKey> keys) {
        Map<BlsPublicKey, ValidatorKey> map = new java.util.HashMap<>();
        keys.forEach(key -> map.put(key.publicKey(), key));
        return map;
    }
}
