package io.containment.plugins.state.dynamodb;

import io.containment.api.contract.SignerStateStoreContract;
import io.containment.api.seal.SignerStateStore;
import io.containment.testing.dynalite.DynaliteExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The signer_state contract on dynalite: a fresh table per test, every instance a store of its own on it. */
class DynamoDbSignerStateStoreTest extends SignerStateStoreContract {
    @RegisterExtension
    static final DynaliteExtension DYNALITE = new DynaliteExtension();

    private String table;

    @BeforeEach
    void freshTable() {
        table = StateStores.freshTable();
    }

    @Override
    protected SignerStateStore openStore() {
        return StateStores.open(DYNALITE.dynalite(), table);
    }
}
