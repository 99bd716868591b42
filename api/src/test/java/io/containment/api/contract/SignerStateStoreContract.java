package io.containment.api.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.containment.api.seal.SignerStateStore;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SignerStateStore} must do (SPI 1.7): one opaque record, created once and then
 * only replaced by a compare-and-set, read back exactly, with one winner when signer instances race
 * on shared storage. A store's test extends this class and implements {@link #openStore()}.
 *
 * <pre>{@code
 * class MyStateStoreTest extends SignerStateStoreContract {
 *     @TempDir Path dir;                       // fresh storage per test
 *     protected SignerStateStore openStore() { return MyFactory.open(dir.resolve("state.db")); }
 * }
 * }</pre>
 */
public abstract class SignerStateStoreContract {
    private static final int THREADS = 8;
    private final List<SignerStateStore> opened = new ArrayList<>();

    /**
     * Opens a store on this test's storage. Every call during one test must reach the same storage
     * (as signer instances share one table or file); every test starts on empty storage.
     */
    protected abstract SignerStateStore openStore();

    /** A store closed after the test. */
    protected final synchronized SignerStateStore store() {
        SignerStateStore store = openStore();
        opened.add(store);
        return store;
    }

    @AfterEach
    final synchronized void closeStores() {
        opened.forEach(SignerStateStore::close);
        opened.clear();
    }

    @Test
    void freshStorageHoldsNoRecord() {
        assertThat(store().read()).isEmpty();
    }

    @Test
    void theFirstRecordIsCreatedOnceAndASecondCreateChangesNothing() {
        SignerStateStore store = store();
        assertThat(store.create("{\"mode\":\"kms_only\",\"n\":1}")).isTrue();
        assertThat(store.create("{\"mode\":\"kms_only\",\"n\":2}")).as("a second init loses").isFalse();
        assertThat(store.create("{\"mode\":\"kms_only\",\"n\":1}")).as("even with the same record").isFalse();
        assertThat(store.read()).contains("{\"mode\":\"kms_only\",\"n\":1}");
    }

    @Test
    void replaceWithTheStoredRecordAsExpectedStoresTheReplacement() {
        SignerStateStore store = store();
        store.create("r1");
        assertThat(store.replace("r1", "r2")).isTrue();
        assertThat(store.read()).contains("r2");
        assertThat(store.replace("r2", "r3")).isTrue();
        assertThat(store.read()).contains("r3");
        assertThat(store.replace("r3", "r3")).as("replacing a record by itself matches too").isTrue();
        assertThat(store.read()).contains("r3");
    }

    @Test
    void replaceWithAStaleExpectedRecordIsRefusedAndChangesNothing() {
        SignerStateStore store = store();
        store.create("{\"registered\":[]}");
        store.replace("{\"registered\":[]}", "{\"registered\":[\"a\"]}");

        assertThat(store.replace("{\"registered\":[]}", "{\"registered\":[\"b\"]}")).as("stale").isFalse();
        assertThat(store.replace("{\"registered\":[\"a\"]} ", "x")).as("a longer expected record").isFalse();
        assertThat(store.replace("{\"registered\":[\"a\"]", "x")).as("a prefix of the stored record").isFalse();
        assertThat(store.replace("{\"REGISTERED\":[\"a\"]}", "x")).as("another case").isFalse();
        assertThat(store.replace("", "x")).isFalse();
        assertThat(store.read()).contains("{\"registered\":[\"a\"]}");
    }

    @Test
    void replaceBeforeAnyRecordIsRefusedAndCreatesNothing() {
        SignerStateStore store = store();
        assertThat(store.replace("anything", "replacement")).isFalse();
        assertThat(store.replace("", "replacement")).isFalse();
        assertThat(store.read()).isEmpty();
        assertThat(store.create("first")).as("create still works afterwards").isTrue();
    }

    @Test
    void unicodeRecordsRoundTripExactly() {
        String first = "{\"label\":\"Zürich ☃ 東京 Ωμέγα\",\"emoji\":\"🔐🗝️\",\"combining\":\"e\u0301\","
                + "\"escapes\":\"tab\\t quote\\\" backslash\\\\\",\"ws\":\"  two spaces\"}\n";
        String second = " ﷺ \uD834\uDD1E 𝔸 \u200B zero-width, trailing space ";
        SignerStateStore store = store();
        store.create(first);
        assertThat(store.read()).contains(first);
        assertThat(store.replace(first, second)).isTrue();
        assertThat(store().read()).as("through another instance").contains(second);
    }

    @Test
    void recordsOf64KibRoundTripExactly() {
        String big = largeRecord('a');
        String bigger = largeRecord('b');
        assertThat(big.getBytes(StandardCharsets.UTF_8).length).isBetween(64 * 1024, 66 * 1024);
        SignerStateStore store = store();
        assertThat(store.create(big)).isTrue();
        assertThat(store.read()).contains(big);
        assertThat(store.replace(big.substring(0, big.length() - 1) + "X", bigger)).as("differs in its last character").isFalse();
        assertThat(store.replace(big, bigger)).isTrue();
        assertThat(store().read()).contains(bigger);
    }

    @Test
    void ofConcurrentCreatesExactlyOneWins() throws Exception {
        List<Boolean> created = race((store, i) -> store.create("record of instance " + i));
        assertThat(created).filteredOn(Boolean::booleanValue).hasSize(1);
        String winner = "record of instance " + created.indexOf(true);
        assertThat(store().read()).contains(winner);
    }

    @Test
    void ofConcurrentReplacesFromTheSameExpectedRecordExactlyOneWins() throws Exception {
        store().create("v0");
        List<Boolean> replaced = race((store, i) -> store.replace("v0", "v1 by instance " + i));
        assertThat(replaced).filteredOn(Boolean::booleanValue).hasSize(1);
        String winner = "v1 by instance " + replaced.indexOf(true);
        assertThat(store().read()).contains(winner);
    }

    @Test
    void twoInstancesOnTheSameStorageSeeEachOthersWrites() {
        SignerStateStore a = store();
        SignerStateStore b = store();
        assertThat(a.create("from a")).isTrue();
        assertThat(b.read()).contains("from a");
        assertThat(b.create("from b")).isFalse();
        assertThat(b.replace("from a", "replaced by b")).isTrue();
        assertThat(a.read()).contains("replaced by b");
        assertThat(a.replace("from a", "stale a")).as("a's view was stale").isFalse();
        assertThat(a.replace("replaced by b", "replaced by a")).isTrue();
        assertThat(b.read()).contains("replaced by a");
    }

    @Test
    void aRecordOutlivesTheStoreThatWroteIt() {
        SignerStateStore writer = openStore();
        writer.create("durable");
        writer.replace("durable", "durable, replaced");
        writer.close();
        assertThat(store().read()).contains("durable, replaced");
    }

    /** ~64 KiB of UTF-8: a JSON-like record with multi-byte characters, distinct per {@code tag}. */
    private static String largeRecord(char tag) {
        StringBuilder record = new StringBuilder("{\"tag\":\"").append(tag).append("\",\"shares\":[");
        int i = 0;
        while (record.toString().getBytes(StandardCharsets.UTF_8).length < 64 * 1024) {
            record.append("\"share ").append(i++).append(" ").append(tag).append(" é東🔐 ").append("0123456789abcdef".repeat(16))
                    .append("\",");
        }
        return record.append("\"end\"]}").toString();
    }

    private interface Attempt<T> {
        T apply(SignerStateStore store, int instance);
    }

    /** One store instance per thread (opened first), all released at once; the results by instance. */
    private <T> List<T> race(Attempt<T> attempt) throws Exception {
        List<SignerStateStore> stores = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            stores.add(store());
        }
        return Race.run(THREADS, i -> attempt.apply(stores.get(i), i));
    }
}
