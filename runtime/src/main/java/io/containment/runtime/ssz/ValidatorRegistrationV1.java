package io.containment.runtime.ssz;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Root;
import java.util.Objects;

/**
 * The builder-specs {@code ValidatorRegistrationV1} container.
 *
 * @param gasLimit an unsigned 64-bit integer
 * @param timestamp seconds since the Unix epoch, an unsigned 64-bit integer
 */
public record ValidatorRegistrationV1(ExecutionAddress feeRecipient, long gasLimit, long timestamp,
                                      BlsPublicKey pubkey) {
    public ValidatorRegistrationV1 {
        Objects.requireNonNull(feeRecipient, "fee_recipient");
        Objects.requireNonNull(pubkey, "pubkey");
    }

    /** hash_tree_root of this container. */
    public Root hashTreeRoot() {
        return new Chunks(4).address(feeRecipient).uint64(gasLimit).uint64(timestamp).publicKey(pubkey).containerRoot();
    }
}
