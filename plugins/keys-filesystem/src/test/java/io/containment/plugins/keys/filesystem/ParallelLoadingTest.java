package io.containment.plugins.keys.filesystem;

import static org.assertj.core.api.Assertions.assertThat;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.contract.TestPluginContext;
import io.containment.api.keys.ValidatorKey;
import io.containment.plugins.keys.filesystem.TestKeystores.LightKdf;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keystores load on several threads at once, never more than configured, in a stable order. */
class ParallelLoadingTest {
    private static final System.Logger LOG = System.getLogger(ParallelLoadingTest.class.getName());

    @TempDir
    Path dir;

    @Test
    void fortyLightKeystoresLoadOnFourThreadsInFileNameOrder() {
        KeyFolder folder = KeyFolder.at(dir);
        List<BlsPublicKey> expected = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            byte[] secret = TestKeystores.randomSecret();
            expected.add(TestKeystores.publicKeyOf(secret));
            folder.bareKeystore("keystore-%02d".formatted(i), secret, i % 2 == 0 ? LightKdf.SCRYPT : LightKdf.PBKDF2,
                    i % 3 == 0 ? "password" : "txt");
        }

        try (FilesystemKeySource source = KeyFolder.source(4, List.of(dir))) {
            assertThat(source.keys()).extracting(ValidatorKey::publicKey).containsExactlyElementsOf(expected);
            assertThat(source.problems()).isEmpty();
        }
    }

    @Test
    void entriesAreLoadedConcurrentlyButNeverByMoreThreadsThanConfigured() throws Exception {
        int threads = 3;
        CyclicBarrier allThreadsBusy = new CyclicBarrier(threads);
        AtomicInteger busy = new AtomicInteger();
        AtomicInteger mostBusy = new AtomicInteger();
        ParallelKeyLoader loader = new ParallelKeyLoader(threads, Duration.ofMinutes(1), Clock.systemUTC(), LOG);

        List<LoadResult> results = loader.loadAll(entries(12), entry -> {
            mostBusy.accumulateAndGet(busy.incrementAndGet(), Math::max);
            try {
                allThreadsBusy.await(30, TimeUnit.SECONDS); // only passes when 3 loads run at the same time
                return new LoadResult.Failed(entry.origin(), "test");
            } catch (Exception e) {
                return new LoadResult.Failed(entry.origin(), "not concurrent: " + e);
            } finally {
                busy.decrementAndGet();
            }
        });

        assertThat(results).extracting(result -> ((LoadResult.Failed) result).reason()).containsOnly("test");
        assertThat(mostBusy.get()).isEqualTo(threads);
    }

    @Test
    void anEntryThatThrowsFailsAloneAndResultsKeepTheEntriesOrder() {
        ParallelKeyLoader loader = new ParallelKeyLoader(2, Duration.ofMinutes(1), Clock.systemUTC(), LOG);
        List<KeyEntry> entries = entries(5);

        List<LoadResult> results = loader.loadAll(entries, entry -> {
            if (entry.origin().equals("entry 2")) {
                throw new IllegalStateException("boom");
            }
            return new LoadResult.Loaded(key(entry), false);
        });

        assertThat(results).hasSize(5);
        assertThat(results.get(2)).isEqualTo(new LoadResult.Failed("entry 2", "unexpected java.lang.IllegalStateException"));
        assertThat(List.of(results.get(0), results.get(1), results.get(3), results.get(4)))
                .allSatisfy(result -> assertThat(result).isInstanceOf(LoadResult.Loaded.class));
        assertThat(((LoadResult.Loaded) results.get(4)).key().origin()).isEqualTo("entry 4");
    }

    @Test
    void automaticConcurrencyIsTheSmallerOfProcessorsAndHeapOver256MiB() {
        long gib = 1L << 30;
        assertThat(LoadConcurrency.automatic(8, gib)).isEqualTo(4);
        assertThat(LoadConcurrency.automatic(2, 16 * gib)).isEqualTo(2);
        assertThat(LoadConcurrency.automatic(4, 100L << 20)).isEqualTo(1);
        assertThat(LoadConcurrency.automatic(16, Long.MAX_VALUE)).isEqualTo(16);
        assertThat(LoadConcurrency.resolve(3)).isEqualTo(3);
        assertThat(LoadConcurrency.resolve(0)).isPositive();
    }

    @Test
    void kdfMemoryBudgetRefusesWhatCanNeverFitAndReleasesWhatIsReturned() throws Exception {
        KdfMemoryBudget budget = new KdfMemoryBudget(300L << 20);

        try (KdfMemoryBudget.Reservation first = budget.reserve(256L << 20)) {
            assertThat(first).isNotNull();
        }
        try (KdfMemoryBudget.Reservation second = budget.reserve(256L << 20);
             KdfMemoryBudget.Reservation pbkdf2 = budget.reserve(0)) {
            assertThat(second).isNotNull();
            assertThat(pbkdf2).isNotNull();
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> budget.reserve(1L << 30))
                .isInstanceOf(KeyFileException.class)
                .hasMessage("key derivation needs 1024 MiB, more than the 300 MiB this JVM can spare (raise -Xmx)");
        assertThat(KdfMemoryBudget.forHeap(4L << 30)).isNotNull();
    }

    private static List<KeyEntry> entries(int count) {
        return IntStream.range(0, count)
                .<KeyEntry>mapToObj(i -> new KeyEntry.FileKeystore("entry " + i, Fingerprint.of(), Path.of("k"), Path.of("p")))
                .toList();
    }

    private static LoadedKey key(KeyEntry entry) {
        return new LoadedKey(new TestPluginContext(Path.of("unused")).blsSecretKeys()
                .fromSecret(TestKeystores.randomSecret(), entry.origin()), entry.origin(), entry.fingerprint());
    }
}
