package io.containment.runtime.ssz;

import io.containment.api.consensus.Root;
import java.util.Objects;

/**
 * The {@code Eth1Data} container.
 *
 * @param depositCount an unsigned 64-bit integer
 */
public record Eth1Data(Root depositRoot, long depositCount, Bytes32 blockHash) {
    public Eth1Data {
        Objects.requireNonNull(depositRoot, "deposit_root");
        Objects.requireNonNull(blockHash, "block_hash");
    }

    /** hash_tree_root of this container. */
    public Root hashTreeRoot() {
        return new Chunks(3).root(depositRoot).uint64(depositCount).bytes32(blockHash).containerRoot();
    }
}
