package io.containment.runtime.keys;

import io.containment.api.keys.KeySource;
import io.containment.api.keys.ValidatorKey;
import io.containment.api.seal.MasterKeyProtected;
import io.containment.runtime.bls.BlstSecretKeys;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A key source for the registry's tests: its reloads are counted and answered by a function of
 * the reload number (keys to return, or a failure to throw), optionally held at a latch; it may
 * count as a source under the master key.
 */
class TestKeySource implements KeySource {
    static final BlstSecretKeys BLS = new BlstSecretKeys();
    final AtomicInteger reloads = new AtomicInteger();
    final CountDownLatch reloadEntered = new CountDownLatch(1);
    volatile CountDownLatch holdReload;
    volatile IntFunction<List<ValidatorKey>> onReload;
    volatile List<String> problems = List.of();
    private final Optional<Duration> interval;
    volatile List<ValidatorKey> keys;

    TestKeySource(Optional<Duration> interval, List<ValidatorKey> keys) {
        this.interval = interval;
        this.keys = keys;
        this.onReload = n -> this.keys;
    }

    static ValidatorKey newKey(String origin) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        secret[0] = (byte) (1 + (secret[0] & 0x3f));
        return BLS.fromSecret(secret, origin);
    }

    static List<ValidatorKey> newKeys(int count, String origin) {
        List<ValidatorKey> keys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            keys.add(newKey(origin));
        }
        return List.copyOf(keys);
    }

    @Override
    public List<ValidatorKey> keys() {
        return keys;
    }

    @Override
    public Optional<List<ValidatorKey>> reload() {
        int number = reloads.incrementAndGet();
        reloadEntered.countDown();
        CountDownLatch hold = holdReload;
        if (hold != null) {
            try {
                hold.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted");
            }
        }
        keys = onReload.apply(number);
        return Optional.of(keys);
    }

    @Override
    public Optional<Duration> refreshInterval() {
        return interval;
    }

    @Override
    public List<String> problems() {
        return problems;
    }

    @Override
    public void close() {
        keys.forEach(ValidatorKey::destroy);
    }

    /** The same, under the master key: no keys while sealed, all destroyed at seal. */
    static final class Protected extends TestKeySource implements MasterKeyProtected {
        final CountDownLatch sealed = new CountDownLatch(1);
        private final List<ValidatorKey> held;
        private volatile boolean unsealed;

        Protected(Optional<Duration> interval, List<ValidatorKey> keys) {
            super(interval, List.of());
            this.held = keys;
            this.onReload = n -> unsealed ? held : List.of();
        }

        @Override
        public List<ValidatorKey> keys() {
            return unsealed ? held : List.of();
        }

        @Override
        public void unseal(byte[] masterKey) {
            unsealed = true;
        }

        @Override
        public void seal() {
            unsealed = false;
            held.forEach(ValidatorKey::destroy);
            sealed.countDown();
        }
    }
}
