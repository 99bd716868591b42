package io.containment.plugins.slashing.dynamodb;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Root;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import io.containment.api.contract.SlashingStoreContract;
import io.containment.api.slashing.SlashingStore;
import io.containment.testing.dynalite.DynaliteExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The DynamoDB store against the whole slashing-store contract, each store on its own table of one dynalite. */
class DynamoDbSlashingStoreTest extends SlashingStoreContract {
    @RegisterExtension
    static final DynaliteExtension DYNALITE = new DynaliteExtension();

    private final Map<SlashingStore, FailingWrites> failures = new ConcurrentHashMap<>();

    @Override
    protected SlashingStore newStore(Root genesisValidatorsRoot) {
        FailingWrites failing = new FailingWrites();
        SlashingStore store = DynamoDbStores.open(DYNALITE.dynalite(), DynamoDbStores.freshTable(), genesisValidatorsRoot,
                Map.of(), failing);
        failures.put(store, failing);
        return store;
    }

    @Override
    protected void failWritesOf(SlashingStore store, BlsPublicKey validator) {
        failures.get(store).failWritesOf(validator);
    }

    @Override
    protected int concurrentThreads() {
        return 8;
    }

    @Override
    protected int attemptsPerThread() {
        return 40;
    }
}
