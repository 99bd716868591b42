package io.containment.plugins.slashing.sqlite;

import static io.containment.api.contract.SlashingFixtures.GENESIS_VALIDATORS_ROOT;
import static io.containment.api.contract.SlashingFixtures.block;
import static io.containment.api.contract.SlashingFixtures.root;
import static io.containment.api.contract.SlashingFixtures.validator;
import static org.assertj.core.api.Assertions.assertThat;

import io.containment.api.slashing.SlashingStore;
import io.containment.api.slashing.SlashingVerdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two stores on one file stand for two signer processes sharing it (each has its own connection
 * and lock): SQLite's write lock alone must keep them from both signing conflicting blocks.
 */
class SqliteStoreSharedFileTest {
    @TempDir
    Path directory;

    @Test
    void twoStoresOnOneFileNeverBothSignDifferentBlocksAtOneSlot() throws Exception {
        Path file = directory.resolve("shared.sqlite");
        try (SlashingStore first = SqliteStores.open(file, GENESIS_VALIDATORS_ROOT);
             SlashingStore second = SqliteStores.open(file, GENESIS_VALIDATORS_ROOT)) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            CountDownLatch start = new CountDownLatch(1);
            try {
                List<Future<List<SlashingVerdict>>> futures = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    SlashingStore store = t % 2 == 0 ? first : second;
                    String thread = "thread " + t;
                    futures.add(pool.submit(() -> {
                        start.await();
                        List<SlashingVerdict> verdicts = new ArrayList<>();
                        for (long slot = 1; slot <= 20; slot++) {
                            verdicts.add(store.checkAndRecord(block(validator(1), slot, root(thread + " slot " + slot))));
                        }
                        return verdicts;
                    }));
                }
                start.countDown();
                List<SlashingVerdict> all = new ArrayList<>();
                for (Future<List<SlashingVerdict>> future : futures) {
                    all.addAll(future.get());
                }

                assertThat(all).filteredOn(v -> v instanceof SlashingVerdict.Valid).hasSize(20);
                assertThat(all).filteredOn(v -> v instanceof SlashingVerdict.DoubleProposal).hasSize(7 * 20);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
