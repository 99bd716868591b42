package io.containment.runtime.ssz;

import io.containment.api.consensus.Root;
import java.util.List;
import java.util.Objects;

/** The {@code Deposit} container (proof: Vector[Bytes32, DEPOSIT_CONTRACT_TREE_DEPTH + 1]). */
public record Deposit(List<Bytes32> proof, DepositData data) {
    /** The length of proof. */
    public static final int PROOF_LENGTH = Preset.DEPOSIT_CONTRACT_TREE_DEPTH + 1;

    public Deposit {
        proof = List.copyOf(proof);
        if (proof.size() != PROOF_LENGTH) {
            throw new IllegalArgumentException("proof must have exactly " + PROOF_LENGTH + " nodes");
        }
        Objects.requireNonNull(data, "data");
    }

    /** hash_tree_root of this container. */
    public Root hashTreeRoot() {
        Chunks nodes = new Chunks(PROOF_LENGTH);
        for (Bytes32 node : proof) {
            nodes.bytes32(node);
        }
        return new Chunks(2).chunk(nodes.merkleize(PROOF_LENGTH)).root(data.hashTreeRoot()).containerRoot();
    }
}
