package io.containment.runtime.http.wire;

import io.containment.api.consensus.ForkInfo;
import io.containment.api.consensus.Root;
import io.containment.runtime.ssz.AggregateAndProof;
import java.util.Objects;
import java.util.Optional;

/** An AGGREGATE_AND_PROOF request: a phase0 AggregateAndProof (deprecated by AGGREGATE_AND_PROOF_V2). */
public record AggregateAndProofSignRequest(Optional<ForkInfo> forkInfo, Optional<Root> suppliedSigningRoot,
        AggregateAndProof aggregateAndProof)
        implements SignRequest {
    public AggregateAndProofSignRequest {
        forkInfo = RequestChecks.required(forkInfo, SignType.AGGREGATE_AND_PROOF);
        suppliedSigningRoot = RequestChecks.notNull(suppliedSigningRoot);
        Objects.requireNonNull(aggregateAndProof, "aggregate_and_proof");
    }

    @Override
    public SignType type() {
        return SignType.AGGREGATE_AND_PROOF;
    }
}
