package io.containment.plugins.keys.awskms;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/** Maps items on at most {@code threads} daemon threads, keeping the items' order in the flattened result. */
final class BoundedParallel {
    private final int threads;

    BoundedParallel(int threads) {
        this.threads = threads;
    }

    /**
     * @param discard receives the results already made when the caller is interrupted (to destroy keys)
     */
    <T, R> List<R> map(List<T> items, Function<T, List<R>> work, Consumer<List<R>> discard) throws InterruptedException {
        if (items.isEmpty()) {
            return List.of();
        }
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, items.size()), runnable -> {
            Thread thread = new Thread(runnable, "aws-kms-keys-load-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        List<Future<List<R>>> futures = new ArrayList<>();
        try {
            items.forEach(item -> futures.add(pool.submit(() -> work.apply(item))));
            List<R> results = new ArrayList<>();
            for (Future<List<R>> future : futures) {
                results.addAll(future.get());
            }
            return results;
        } catch (InterruptedException | ExecutionException e) {
            pool.shutdownNow();
            discardCompleted(futures, discard);
            if (e instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            throw new IllegalStateException("loading a key file failed unexpectedly: " + e.getCause().getClass().getName());
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> void discardCompleted(List<Future<List<R>>> futures, Consumer<List<R>> discard) {
        for (Future<List<R>> future : futures) {
            if (future.state() == Future.State.SUCCESS) {
                discard.accept(future.resultNow());
            }
        }
    }
}
