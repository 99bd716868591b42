package io.containment.api.contract;

import io.containment.api.slashing.SlashingVerdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs signing attempts from many threads released at once, and collects every verdict. Each
 * thread draws its messages from its own seeded {@link Random}, so a run is reproducible up to
 * the interleaving.
 */
final class ConcurrentAttempts {
    private ConcurrentAttempts() {
    }

    /** A message and what the store said about it. */
    record Judged<M>(M message, SlashingVerdict verdict) {
    }

    static <M> List<Judged<M>> run(int threads, int attemptsPerThread, Function<Random, M> messages,
                                   Function<M, SlashingVerdict> store) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Judged<M>>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Random random = new Random(t);
                futures.add(pool.submit(() -> {
                    start.await();
                    List<Judged<M>> judged = new ArrayList<>(attemptsPerThread);
                    for (int i = 0; i < attemptsPerThread; i++) {
                        M message = messages.apply(random);
                        judged.add(new Judged<>(message, store.apply(message)));
                    }
                    return judged;
                }));
            }
            start.countDown();
            List<Judged<M>> all = new ArrayList<>();
            for (Future<List<Judged<M>>> future : futures) {
                all.addAll(future.get());
            }
            return all;
        } catch (ExecutionException e) {
            throw new AssertionError("a signing thread failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
