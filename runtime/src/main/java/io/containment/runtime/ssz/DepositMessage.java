package io.containment.runtime.ssz;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Root;
import java.util.Objects;

/**
 * The {@code DepositMessage} container, what a deposit signature signs.
 *
 * @param amount the deposit in Gwei, an unsigned 64-bit integer
 */
public record DepositMessage(BlsPublicKey pubkey, Bytes32 withdrawalCredentials, long amount) {
    public DepositMessage {
        Objects.requireNonNull(pubkey, "pubkey");
        Objects.requireNonNull(withdrawalCredentials, "withdrawal_credentials");
    }

    /** hash_tree_root of this container. */
    public Root hashTreeRoot() {
        return new Chunks(3).publicKey(pubkey).bytes32(withdrawalCredentials).uint64(amount).containerRoot();
    }
}
