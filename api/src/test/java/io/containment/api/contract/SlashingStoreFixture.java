package io.containment.api.contract;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Root;
import io.containment.api.slashing.SlashingStore;

/** What the slashing contract parts need from the store under test; {@link SlashingStoreContract} provides it. */
public interface SlashingStoreFixture {
    /** A fresh, empty store bound to the chain; closed after the test unless {@link #close} was called. */
    SlashingStore open(Root genesisValidatorsRoot);

    /** A fresh, empty store bound to {@link SlashingFixtures#GENESIS_VALIDATORS_ROOT}. */
    default SlashingStore open() {
        return open(SlashingFixtures.GENESIS_VALIDATORS_ROOT);
    }

    /** Closes a store opened by {@link #open(Root)} before the test ends. */
    void close(SlashingStore store);

    /** Threads for the concurrency tests. */
    int threads();

    /** Attempts per thread for the concurrency tests. */
    int attemptsPerThread();

    /**
     * Makes the store's backing database fail every write concerning {@code validator} from now on
     * (aborts the test where the store cannot simulate that).
     */
    void failWritesOf(SlashingStore store, BlsPublicKey validator);
}
