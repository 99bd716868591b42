package io.containment.plugins.slashing.dynamodb;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.slashing.StoreUnavailableException;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One lock per validator inside one store: requests of this process for one validator take turns,
 * so the conditional writes only ever race against other processes. Safety never depends on it
 * (the head's version does that); it keeps retries rare.
 */
final class ValidatorLocks {
    private final ConcurrentHashMap<BlsPublicKey, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final Duration wait;

    ValidatorLocks(Duration wait) {
        this.wait = wait;
    }

    <T> T withLock(BlsPublicKey validator, Supplier<T> action) {
        ReentrantLock lock = locks.computeIfAbsent(validator, v -> new ReentrantLock(true));
        try {
            if (!lock.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new StoreUnavailableException("slashing store busy: waited " + wait.toMillis()
                        + " ms for earlier requests of validator " + validator, null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("interrupted while waiting for the validator's turn", e);
        }
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }
}
