package io.containment.runtime.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.api.consensus.Root;
import io.containment.api.keys.ValidatorKey;
import io.containment.runtime.plugins.KeySources;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The background refresh: only sources that ask are refreshed, only their keys are swapped, never
 * while another change of the key set runs, failures and problems are logged once per change, it
 * stops on close, and a seal wipes keys under the master key without waiting for a refresh.
 */
class KeyRefreshTest {
    private static final Optional<Duration> OFTEN = Optional.of(Duration.ofMillis(5));
    private static final Optional<Duration> DAILY = Optional.of(Duration.ofDays(1));
    private final List<LogRecord> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Logger logger = Logger.getLogger(KeyRefresh.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final List<AutoCloseable> closeLater = new ArrayList<>();
    /** Threads of their own: the common pool may have a single worker on a small machine. */
    private final java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newCachedThreadPool();

    @BeforeEach
    void captureLog() {
        logger.addHandler(capture);
    }

    @AfterEach
    void tearDown() throws Exception {
        logger.removeHandler(capture);
        for (AutoCloseable closeable : closeLater) {
            closeable.close();
        }
        threads.shutdownNow();
    }

    private KeyRefresh start(KeyRegistry registry, KeySources sources) {
        KeyRefresh refresh = KeyRefresh.start(registry, sources);
        closeLater.add(refresh);
        return refresh;
    }

    private List<String> messages(Level level) {
        return logged.stream().filter(r -> r.getLevel().equals(level))
                .map(r -> java.text.MessageFormat.format(r.getMessage(), r.getParameters())).toList();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("never happened: " + what);
            }
            Thread.sleep(2);
        }
    }

    @Test
    void onlySourcesThatAskAreRefreshedAndOnlyTheirKeysAreSwapped() throws Exception {
        TestKeySource still = new TestKeySource(Optional.empty(), TestKeySource.newKeys(2, "still"));
        List<ValidatorKey> later = TestKeySource.newKeys(3, "later");
        TestKeySource changing = new TestKeySource(OFTEN, TestKeySource.newKeys(1, "first"));
        changing.onReload = n -> later;
        KeySources sources = new KeySources(List.of(new KeySources.Named("still", still), new KeySources.Named("changing", changing)));
        KeyRegistry registry = new KeyRegistry(sources);
        registry.load();
        ValidatorKey stillKey = registry.find(still.keys().getFirst().publicKey()).orElseThrow();

        start(registry, sources);
        await(() -> changing.reloads.get() >= 2, "two refreshes");

        assertThat(still.reloads).hasValue(0);
        assertThat(registry.publicKeys()).hasSize(5)
                .containsAll(later.stream().map(ValidatorKey::publicKey).toList());
        assertThat(registry.find(stillKey.publicKey())).containsSame(stillKey);
    }

    @Test
    void aRefreshWaitsForAReloadImportOrDeleteInProgress() throws Exception {
        TestKeySource source = new TestKeySource(DAILY, TestKeySource.newKeys(1, "a"));
        KeySources sources = new KeySources(List.of(new KeySources.Named("a", source)));
        KeyRegistry registry = new KeyRegistry(sources);
        registry.load();
        KeyRefresh refresh = start(registry, sources);
        CountDownLatch inChange = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Object> change = CompletableFuture.supplyAsync(() -> registry.change(() -> {
            inChange.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }), threads);
        inChange.await();

        CompletableFuture<Void> refreshing = CompletableFuture.runAsync(() -> refresh.refresh(sources.sources().getFirst()), threads);
        await(registry::changeWaiting, "the refresh waits for the change");

        assertThat(source.reloads).as("no reload while the other change runs").hasValue(0);
        release.countDown();
        change.get(60, TimeUnit.SECONDS);
        refreshing.get(60, TimeUnit.SECONDS);
        assertThat(source.reloads).hasValue(1);
    }

    @Test
    void aFailureIsLoggedOncePerChangeAndTheKeysStay() {
        TestKeySource source = new TestKeySource(DAILY, TestKeySource.newKeys(1, "a"));
        ValidatorKey held = source.keys().getFirst();
        source.onReload = n -> switch (n) {
            case 1, 2, 3, 7 -> throw new IllegalStateException("cannot read table t");
            case 6 -> throw new IllegalStateException("access denied to table t");
            default -> source.keys;
        };
        KeySources sources = new KeySources(List.of(new KeySources.Named("a", source)));
        KeyRegistry registry = new KeyRegistry(sources);
        registry.load();
        KeyRefresh refresh = start(registry, sources);

        for (int i = 0; i < 6; i++) {
            refresh.refresh(sources.sources().getFirst());
            assertThat(registry.find(held.publicKey())).containsSame(held);
        }

        assertThat(messages(Level.WARNING)).hasSize(2)
                .anySatisfy(m -> assertThat(m).contains("cannot read table t").contains("background refresh failed"))
                .anySatisfy(m -> assertThat(m).contains("access denied to table t"));
        assertThat(messages(Level.INFO)).filteredOn(m -> m.contains("works again")).hasSize(1);
        assertThatThrownBy(() -> registry.refresh(sources.sources().getFirst())).isInstanceOf(IllegalStateException.class)
                .as("the 7th reload: a failure reaches the caller of KeyRegistry.refresh");
    }

    @Test
    void problemsAreLoggedWhenTheyChangeNotAtEveryRefresh() {
        TestKeySource source = new TestKeySource(DAILY, TestKeySource.newKeys(1, "a"));
        KeySources sources = new KeySources(List.of(new KeySources.Named("a", source)));
        KeyRegistry registry = new KeyRegistry(sources);
        registry.load();
        KeyRefresh refresh = start(registry, sources);

        source.problems = List.of("item 0x01: fails authentication");
        refresh.refresh(sources.sources().getFirst());
        refresh.refresh(sources.sources().getFirst());
        source.problems = List.of("item 0x01: fails authentication", "item 0x02: nonce is missing");
        refresh.refresh(sources.sources().getFirst());
        refresh.refresh(sources.sources().getFirst());

        assertThat(messages(Level.WARNING)).containsExactly("key source a: item 0x01: fails authentication",
                "key source a: item 0x01: fails authentication", "key source a: item 0x02: nonce is missing");
    }

    @Test
    void aSourceUnderTheMasterKeyIsNotRefreshedWhileSealed() {
        TestKeySource.Protected source = new TestKeySource.Protected(DAILY, TestKeySource.newKeys(1, "p"));
        KeySources sources = new KeySources(List.of(new KeySources.Named("p", source)));
        KeyRegistry registry = new KeyRegistry(sources);
        registry.load();
        KeyRefresh refresh = start(registry, sources);

        refresh.refresh(sources.sources().getFirst());
        assertThat(source.reloads).hasValue(0);

        registry.unsealProtected(new byte[32]);
        refresh.refresh(sources.sources().getFirst());
        assertThat(source.reloads).hasValue(1);
        assertThat(registry.publicKeys()).hasSize(1);
    }

    @Test
    void closeStopsTheRefreshes() throws Exception {
        TestKeySource source = new TestKeySource(OFTEN, TestKeySource.newKeys(1, "a"));
        KeySources sources = new KeySources(List.of(new KeySources.Named("a", source)));
        KeyRegistry registry = new KeyRegistry(sources);
        registry.load();
        KeyRefresh refresh = start(registry, sources);
        await(() -> source.reloads.get() >= 1, "a refresh");

        refresh.close();

        assertThat(refresh.stopped()).as("its thread has ended: no refresh can run any more").isTrue();
    }

    @Test
    void sealWipesKeysUnderTheMasterKeyWithoutWaitingForARefreshInProgress() throws Exception {
        List<ValidatorKey> keys = TestKeySource.newKeys(1, "p");
        TestKeySource.Protected source = new TestKeySource.Protected(DAILY, keys);
        TestKeySource plain = new TestKeySource(Optional.empty(), TestKeySource.newKeys(1, "plain"));
        KeySources sources = new KeySources(List.of(new KeySources.Named("p", source), new KeySources.Named("plain", plain)));
        KeyRegistry registry = new KeyRegistry(sources);
        registry.load();
        registry.unsealProtected(new byte[32]);
        ValidatorKey key = registry.find(keys.getFirst().publicKey()).orElseThrow();
        KeyRefresh refresh = start(registry, sources);
        source.holdReload = new CountDownLatch(1);
        CompletableFuture<Void> refreshing = CompletableFuture.runAsync(() -> refresh.refresh(sources.sources().getFirst()), threads);
        source.reloadEntered.await();

        CompletableFuture<Void> sealing = CompletableFuture.runAsync(registry::sealProtected, threads);
        source.sealed.await(); // the source sealed while the refresh still holds the change

        assertThat(refreshing).isNotDone();
        assertThat(registry.protectedKeysSealed()).isTrue();
        assertThat(registry.find(key.publicKey())).isEmpty();
        assertThat(registry.publicKeys()).containsExactly(plain.keys().getFirst().publicKey());
        assertThatThrownBy(() -> key.sign(Root.zero())).as("wiped, not just hidden").isInstanceOf(IllegalStateException.class);
        source.holdReload.countDown();
        refreshing.get(60, TimeUnit.SECONDS);
        sealing.get(60, TimeUnit.SECONDS);
        assertThat(registry.find(key.publicKey())).isEmpty();
        assertThat(registry.activeKeys()).extracting(active -> active.source().name()).containsExactly("plain");
    }
}
