package io.containment.runtime.ssz;

import io.containment.api.consensus.Domain;
import io.containment.api.consensus.Root;
import java.util.Objects;

/** The {@code SigningData} container; its root is compute_signing_root. */
public record SigningData(Root objectRoot, Domain domain) {
    public SigningData {
        Objects.requireNonNull(objectRoot, "object_root");
        Objects.requireNonNull(domain, "domain");
    }

    /** hash_tree_root of this container. */
    public Root hashTreeRoot() {
        return new Chunks(2).root(objectRoot).chunk(domain.bytes()).containerRoot();
    }
}
