package io.containment.api.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Root;
import io.containment.api.slashing.SlashingStore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link SlashingStore} must show, as tests. A store plugin's test extends
 * this class and says how to make a fresh, empty store:
 *
 * <pre>{@code
 * class SqliteSlashingStoreTest extends SlashingStoreContract {
 *     @TempDir Path dir;
 *     @Override protected SlashingStore newStore(Root genesisValidatorsRoot) { ... }
 * }
 * }</pre>
 *
 * <p>What runs: the rules of EIP-3076 with complete history as named tests
 * ({@link BlockProposalContract}, {@link AttestationVoteContract}), import and export
 * ({@link InterchangeContract}), every file of the EIP-3076 interchange test suite judged by
 * {@code should_succeed_complete} ({@link InterchangeSuiteContract}), and many threads signing
 * conflicting messages for one validator at once ({@link ConcurrentSigningContract}), and the
 * operator controls of SPI 1.1: disabled validators, the high watermark, prune
 * ({@link OperatorControlsContract}).
 *
 * <p>Import semantics the contract fixes for every store (the suite leaves some open):
 * <ul>
 *   <li>imports never refuse slashable data: every record is kept, identical records once;</li>
 *   <li>an imported all-zero signing root means "unknown" (some clients export it for that);</li>
 *   <li>low watermarks, per validator: the first import carrying blocks sets the block watermark
 *       to its lowest slot; later ones raise it to their lowest slot, but never above the highest
 *       slot already recorded (the suite's {@code single_message_gap} keeps that gap signable),
 *       and never lower it. Attestations alike with the lowest source and target epochs. A block
 *       at or below the watermark, an attestation whose source is below or target at or below
 *       its watermarks, is refused unless identical to a recorded one.</li>
 * </ul>
 */
public abstract class SlashingStoreContract implements BlockProposalContract, AttestationVoteContract,
        InterchangeContract, InterchangeSuiteContract, ConcurrentSigningContract, OperatorControlsContract {

    private final List<SlashingStore> openStores = new CopyOnWriteArrayList<>();
    private final SlashingStoreFixture fixture = new ContractFixture();

    /** A fresh, empty store bound to the given chain. Each call must give an independent store. */
    protected abstract SlashingStore newStore(Root genesisValidatorsRoot);

    /** Threads signing at once in the concurrency tests. */
    protected int concurrentThreads() {
        return 16;
    }

    /** Signing attempts of each thread in the concurrency tests. */
    protected int attemptsPerThread() {
        return 200;
    }

    /**
     * Makes {@code store}'s database fail every write concerning {@code validator} from now on, so
     * that the all-or-nothing import test can break an import in the middle. Stores that cannot
     * simulate this leave it as is and that one test is skipped.
     */
    protected void failWritesOf(SlashingStore store, BlsPublicKey validator) {
        Assumptions.abort("this store cannot simulate a failing write");
    }

    @Override
    public final SlashingStoreFixture slashingFixture() {
        return fixture;
    }

    @Test
    void openStoreIsHealthy() {
        assertThat(fixture.open().health().available()).isTrue();
    }

    @AfterEach
    final void closeContractStores() {
        for (SlashingStore store : openStores) {
            store.close();
        }
        openStores.clear();
    }

    private final class ContractFixture implements SlashingStoreFixture {
        @Override
        public SlashingStore open(Root genesisValidatorsRoot) {
            SlashingStore store = newStore(genesisValidatorsRoot);
            openStores.add(store);
            return store;
        }

        @Override
        public void close(SlashingStore store) {
            if (openStores.remove(store)) {
                store.close();
            }
        }

        @Override
        public int threads() {
            return concurrentThreads();
        }

        @Override
        public int attemptsPerThread() {
            return SlashingStoreContract.this.attemptsPerThread();
        }

        @Override
        public void failWritesOf(SlashingStore store, BlsPublicKey validator) {
            SlashingStoreContract.this.failWritesOf(store, validator);
        }
    }
}
