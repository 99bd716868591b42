package io.containment.runtime.ssz;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.BlsSignature;
import io.containment.api.consensus.Root;
import java.util.Objects;

/**
 * The {@code DepositData} container.
 *
 * @param amount the deposit in Gwei, an unsigned 64-bit integer
 */
public record DepositData(BlsPublicKey pubkey, Bytes32 withdrawalCredentials, long amount, BlsSignature signature) {
    public DepositData {
        Objects.requireNonNull(pubkey, "pubkey");
        Objects.requireNonNull(withdrawalCredentials, "withdrawal_credentials");
        Objects.requireNonNull(signature, "signature");
    }

    /** hash_tree_root of this container. */
    public Root hashTreeRoot() {
        return new Chunks(4)
                .publicKey(pubkey)
                .bytes32(withdrawalCredentials)
                .uint64(amount)
                .signature(signature)
                .containerRoot();
    }
}
