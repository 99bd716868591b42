package io.containment.plugins.slashing.sqlite;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Root;
import io.containment.api.contract.SlashingStoreContract;
import io.containment.api.slashing.SlashingStore;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite store against the whole slashing-store contract, each store in its own file. */
class SqliteSlashingStoreTest extends SlashingStoreContract {
    @TempDir
    Path directory;

    private final AtomicInteger files = new AtomicInteger();
    private final Map<SlashingStore, Path> paths = new ConcurrentHashMap<>();

    @Override
    protected SlashingStore newStore(Root genesisValidatorsRoot) {
        Path file = directory.resolve("slashing-" + files.incrementAndGet() + ".sqlite");
        SlashingStore store = SqliteStores.open(file, genesisValidatorsRoot);
        paths.put(store, file);
        return store;
    }

    @Override
    protected void failWritesOf(SlashingStore store, BlsPublicKey validator) {
        SqliteStores.failWritesOf(paths.get(store), validator);
    }
}
