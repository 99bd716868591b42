package io.containment.plugins.slashing.dynamodb;

import io.containment.api.consensus.Root;
import io.containment.api.contract.SlashingStoreContract;
import io.containment.api.slashing.SlashingStore;
import io.containment.testing.dynalite.DynaliteExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The DynamoDB store against the whole slashing-store contract, each store on its own table of one dynalite. */
class DynamoDbSlashingStoreTest extends SlashingStoreContract {
    @RegisterExtension
    static final DynaliteExtension DYNALITE = new DynaliteExtension();

    @Override
    protected SlashingStore newStore(Root genesisValidatorsRoot) {
        return DynamoDbStores.open(DYNALITE.dynalite(), DynamoDbStores.freshTable(), genesisValidatorsRoot);
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
