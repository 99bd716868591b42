package io.containment.api.contract;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Root;
import io.containment.api.slashing.SlashingStore;

/** The contract against its in-memory reference: the contract's own tests pass in the api build. */
class ReferenceSlashingStoreTest extends SlashingStoreContract {
    @Override
    protected SlashingStore newStore(Root genesisValidatorsRoot) {
        return new ReferenceSlashingStore(genesisValidatorsRoot);
    }

    @Override
    protected void failWritesOf(SlashingStore store, BlsPublicKey validator) {
        ((ReferenceSlashingStore) store).failWritesOf(validator);
    }
}
