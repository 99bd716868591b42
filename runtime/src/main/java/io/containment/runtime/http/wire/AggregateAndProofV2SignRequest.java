package io.containment.runtime.http.wire;

import io.containment.api.consensus.ForkInfo;
import io.containment.api.consensus.Root;
import io.containment.runtime.ssz.AggregateAndProofElectra;
import io.containment.runtime.ssz.AggregateAndProofMessage;
import java.util.Objects;
import java.util.Optional;

/** An AGGREGATE_AND_PROOF_V2 request: the phase0 container up to DENEB, the Electra one from ELECTRA. */
public record AggregateAndProofV2SignRequest(Optional<ForkInfo> forkInfo, Optional<Root> suppliedSigningRoot,
                                             ConsensusVersion version, AggregateAndProofMessage aggregateAndProof)
        implements SignRequest {
    public AggregateAndProofV2SignRequest {
        forkInfo = RequestChecks.required(forkInfo, SignType.AGGREGATE_AND_PROOF_V2);
        suppliedSigningRoot = RequestChecks.notNull(suppliedSigningRoot);
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(aggregateAndProof, "aggregate_and_proof");
        boolean electra = aggregateAndProof instanceof AggregateAndProofElectra;
        if (electra != version.isAtLeast(ConsensusVersion.ELECTRA)) {
            throw new IllegalArgumentException("version " + version + " does not match the aggregate's container");
        }
    }

    @Override
    public SignType type() {
        return SignType.AGGREGATE_AND_PROOF_V2;
    }
}
