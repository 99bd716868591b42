package io.containment.runtime.http.wire;

import io.containment.api.consensus.ForkInfo;
import io.containment.api.consensus.Root;
import io.containment.runtime.ssz.ContributionAndProof;
import java.util.Objects;
import java.util.Optional;

/** A SYNC_COMMITTEE_CONTRIBUTION_AND_PROOF request. */
public record SyncCommitteeContributionAndProofSignRequest(
        Optional<ForkInfo> forkInfo, Optional<Root> suppliedSigningRoot, ContributionAndProof contributionAndProof)
        implements SignRequest {
    public SyncCommitteeContributionAndProofSignRequest {
        forkInfo = RequestChecks.required(forkInfo, SignType.SYNC_COMMITTEE_CONTRIBUTION_AND_PROOF);
        suppliedSigningRoot = RequestChecks.notNull(suppliedSigningRoot);
        Objects.requireNonNull(contributionAndProof, "contribution_and_proof");
    }

    @Override
    public SignType type() {
        return SignType.SYNC_COMMITTEE_CONTRIBUTION_AND_PROOF;
    }
}
